using System.Net;
using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

/// <summary>接入方式 on the account page: shown to everyone, changed by administrators only, audited.</summary>
public class AccountSourcePageTests
{
    [Fact]
    public async Task an_administrator_switches_an_account_to_the_official_api_and_the_change_is_audited()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var admin = await factory.LoggedInClientAsync();
        long id;
        await using (var context = db.CreateContext())
        {
            id = (await context.Accounts.FirstAsync(a => a.Platform == Platform.WeChat)).Id;
        }
        var url = $"/Account/{id}";

        var response = await MonitorWebFactory.PostFormAsync(admin, url + "?handler=Source",
            new() { ["kind"] = "官方接口", ["cell"] = "wx0123456789abcdef" }, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await admin.GetStringAsync(url);
        Assert.Contains("官方接口", page);
        await using var check = db.CreateContext();
        var account = await check.Accounts.SingleAsync(a => a.Id == id);
        Assert.Equal((SourceKind.OfficialApi, "wx0123456789abcdef", (string?)null), (account.SourceKind, account.Handle, account.FeedUrl));
        var audit = await check.AuditEntries.SingleAsync(a => a.Action == "account.source");
        Assert.Equal("官方接口 wx0123456789abcdef", audit.After);
    }

    [Fact]
    public async Task a_reviewer_sees_the_source_kind_but_no_form_to_change_it()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var reviewer = await factory.ReviewerClientAsync();
        long id;
        await using (var context = db.CreateContext())
        {
            id = (await context.Accounts.FirstAsync()).Id;
        }

        var page = await reviewer.GetStringAsync($"/Account/{id}");
        var response = await reviewer.PostAsync($"/Account/{id}?handler=Source",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["kind"] = "网页", ["cell"] = "x" }));

        Assert.Contains("接入方式", page);
        Assert.DoesNotContain("handler=Source", page);
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
    }
}
