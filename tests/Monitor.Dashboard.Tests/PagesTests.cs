using System.Net;
using Monitor.Shared.Domain;
using Monitor.TestSupport;
using Monitor.Users;

namespace Monitor.Dashboard.Tests;

public class PagesTests
{
    [Fact]
    public async Task the_overview_has_charts_by_region_and_platform_after_the_first_sweep()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();

        var html = await client.GetStringAsync("/");

        Assert.Contains("两周更新达标率（按地区）", html);
        Assert.Contains("<svg class=\"chart\"", html);
        Assert.Contains("昭通市", html);
        Assert.Contains("微信", html);
        Assert.Contains("即将超过两周未更新", html);
        Assert.Contains("已完成", html);
    }

    [Fact]
    public async Task a_hostile_post_is_shown_as_text_without_scripts_or_event_attributes()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var account = context.Accounts.First();
        context.Posts.Add(new Post
        {
            AccountId = account.Id,
            PlatformPostId = "hostile-1",
            ContentHash = "x",
            PublishedAtUtc = DateTime.UtcNow,
            Title = "<img src=x onerror=alert(1)>",
            Text = "通知<script>alert('x')</script><a href=\"javascript:alert(1)\" onclick=\"steal()\">点我</a>",
            RawHtml = "<script>alert('raw')</script><img src=\"https://evil.example/t.png\" onload=\"x()\">",
        });
        await context.SaveChangesAsync();

        var html = await client.GetStringAsync($"/Account/{account.Id}");

        Assert.Contains("&lt;script&gt;alert", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotMatch(@"<[^>]*\son\w+\s*=", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public async Task a_draft_is_checked_before_publishing_and_nothing_is_stored()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var posts = context.Posts.Count();
        var findings = context.Findings.Count();

        var response = await MonitorWebFactory.PostFormAsync(client, "/Check", new() { ["Draft"] = "今天，国务院总理李克强主持召开国务院常务会议。" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("发现", html);
        Assert.Contains("<mark", html);
        Assert.Equal(posts, context.Posts.Count());
        Assert.Equal(findings, context.Findings.Count());
    }

    [Fact]
    public async Task a_reviewer_sees_the_allow_list_but_cannot_change_it()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var reviewer = await factory.ReviewerClientAsync();
        var admin = await factory.LoggedInClientAsync();

        var refused = await MonitorWebFactory.PostFormAsync(reviewer, "/Rules?handler=Allow", new() { ["word"] = "昭阳区" }, "/Rules");
        var accepted = await MonitorWebFactory.PostFormAsync(admin, "/Rules?handler=Allow", new() { ["word"] = "昭阳区" }, "/Rules");

        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await using var context = db.CreateContext();
        Assert.Equal("admin", context.AllowedWords.Single().AddedBy);
        Assert.Single(context.AuditEntries, a => a.Action == "allowlist.add" && a.Actor == "admin");
    }

    [Fact]
    public async Task a_word_removed_from_the_allow_list_is_flagged_again_without_a_restart()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var admin = await factory.LoggedInClientAsync();
        const string draft = "大力培育发展大数局产业。";
        async Task<bool> FlaggedAsync() =>
            (await (await MonitorWebFactory.PostFormAsync(admin, "/Check", new() { ["Draft"] = draft })).Content.ReadAsStringAsync()).Contains(">局</mark>");

        var before = await FlaggedAsync();
        await MonitorWebFactory.PostFormAsync(admin, "/Rules?handler=Allow", new() { ["word"] = "大数局" }, "/Rules");
        var allowed = await FlaggedAsync();
        await MonitorWebFactory.PostFormAsync(admin, "/Rules?handler=Remove", new() { ["word"] = "大数局" }, "/Rules");

        Assert.Equal((true, false, true), (before, allowed, await FlaggedAsync()));
        await using var context = db.CreateContext();
        Assert.Single(context.AuditEntries, a => a.Action == "allowlist.remove" && a.Target == "大数局");
    }

    [Fact]
    public async Task an_administrator_adds_a_reviewer_who_can_log_in_but_not_manage_users()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var admin = await factory.LoggedInClientAsync();

        var response = await MonitorWebFactory.PostFormAsync(admin, "/Users",
            new() { ["userName"] = "lisi", ["password"] = "lisi-pass-1", ["role"] = DashboardRoles.Reviewer });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reviewer = await factory.LoggedInClientAsync("lisi", "lisi-pass-1");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/Queue")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await reviewer.GetAsync("/Users")).StatusCode);
        await using var context = db.CreateContext();
        Assert.Single(context.AuditEntries, a => a.Action == "user.add" && a.Target == "lisi" && a.After == DashboardRoles.Reviewer);
    }
}
