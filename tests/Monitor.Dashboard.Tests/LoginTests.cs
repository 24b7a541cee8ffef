using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

public class LoginTests
{
    [Fact]
    public async Task every_page_sends_a_visitor_who_is_not_logged_in_to_the_login_page()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var page in new[] { "/", "/Queue", "/Accounts", "/Account/1", "/Sweeps", "/Sweeps?handler=Progress", "/Rules", "/Check", "/Audit", "/Users" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Login", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task a_wrong_password_is_refused_in_chinese()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await MonitorWebFactory.PostFormAsync(client, "/Login", new() { ["UserName"] = "admin", ["Password"] = "wrong-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_form_posted_without_the_anti_forgery_token_is_rejected()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();

        var response = await client.PostAsync("/Queue", new FormUrlEncodedContent(new Dictionary<string, string> { ["single"] = "1:Confirmed" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task every_form_on_every_page_carries_an_anti_forgery_token()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();

        foreach (var page in new[] { "/", "/Queue", "/Accounts", "/Account/1", "/Sweeps", "/Rules", "/Check", "/Audit", "/Users" })
        {
            var html = await client.GetStringAsync(page);
            var posts = System.Text.RegularExpressions.Regex.Split(html, "<form").Skip(1)
                .Where(f => f.Contains("method=\"post\"")).ToList();
            Assert.All(posts, form => Assert.Contains("__RequestVerificationToken", form[..form.IndexOf("</form>", StringComparison.Ordinal)]));
        }
    }
}
