using System.Net;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests.Security;

public class ExtremeValueTests
{
    [Theory]
    [InlineData("/Queue?Filter.To=9999-12-31", "超出范围")]
    [InlineData("/Queue?Filter.From=0001-01-01", "超出范围")]
    [InlineData("/Export?Period=9999Q4", "统计时段超出范围")]
    [InlineData("/Export?Period=0000Q1", "统计时段超出范围")]
    [InlineData("/Export?handler=Download&Period=9999Q4", "统计时段超出范围")]
    public async Task an_extreme_filter_value_is_answered_with_400_and_a_chinese_message(string url, string message)
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_lexicon_post_without_a_file_is_answered_with_400_and_a_chinese_message()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var admin = await factory.LoggedInClientAsync();

        var response = await MonitorWebFactory.PostFormAsync(admin, "/Rules?handler=Lexicon", new(), "/Rules");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请选择要保存的词库文件", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task an_unknown_account_is_a_404_page_that_says_so_in_chinese()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();

        var response = await client.GetAsync("/Account/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("没有编号为 987654 的账号", await response.Content.ReadAsStringAsync());
    }
}
