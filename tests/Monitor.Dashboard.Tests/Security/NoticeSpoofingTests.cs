using System.Net;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests.Security;

public class NoticeSpoofingTests
{
    [Fact]
    public async Task text_in_the_url_is_never_shown_as_a_notice()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();
        const string spoof = "系统升级：请将密码发送至";

        foreach (var page in new[] { "/Rules", "/Queue", "/Sweeps", "/Users" })
        {
            var html = await client.GetStringAsync($"{page}?done={Uri.EscapeDataString(spoof)}");
            Assert.DoesNotContain(spoof, html);
        }
    }

    [Fact]
    public async Task the_message_of_a_change_is_shown_once_after_the_redirect()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();

        var response = await MonitorWebFactory.PostFormAsync(client, "/Rules?handler=Allow", new() { ["word"] = "昭阳区" }, "/Rules");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Rules", response.Headers.Location!.OriginalString);
        Assert.Contains("已将“昭阳区”加入白名单", await client.GetStringAsync("/Rules"));
        Assert.DoesNotContain("已将“昭阳区”加入白名单", await client.GetStringAsync("/Rules"));
    }
}
