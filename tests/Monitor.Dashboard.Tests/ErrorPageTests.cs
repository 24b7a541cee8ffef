using System.Net;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

public class ErrorPageTests
{
    [Theory]
    [InlineData("/NoSuchPage")]
    [InlineData("/Queue/extra/segments")]
    public async Task an_unknown_address_is_a_chinese_not_found_page_with_status_404(string path)
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var admin = await factory.LoggedInClientAsync();

        var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("页面不存在", html);
        Assert.Contains("返回总览", html);
    }

    [Fact]
    public async Task the_not_found_page_needs_no_log_in_and_shows_no_data()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/Error/404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("页面不存在", html);
        Assert.DoesNotContain("待复核", html);
    }
}
