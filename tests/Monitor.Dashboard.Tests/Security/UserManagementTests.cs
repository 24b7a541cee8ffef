using System.Net;
using Monitor.TestSupport;
using Monitor.Users;

namespace Monitor.Dashboard.Tests.Security;

public class UserManagementTests
{
    [Fact]
    public async Task a_chinese_user_name_is_accepted_and_identity_errors_are_chinese()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var admin = await factory.LoggedInClientAsync();

        await MonitorWebFactory.PostFormAsync(admin, "/Users", new() { ["userName"] = "张三", ["password"] = "zhangsan-1", ["role"] = DashboardRoles.Reviewer });
        await MonitorWebFactory.PostFormAsync(admin, "/Users", new() { ["userName"] = "lisi", ["password"] = "12345678", ["role"] = DashboardRoles.Reviewer });
        var page = await admin.GetStringAsync("/Users");

        Assert.Contains("<td>张三</td>", page);
        Assert.Contains("密码至少需要一个小写字母", page);
        Assert.DoesNotContain("Passwords must", page);
        await factory.LoggedInClientAsync("张三", "zhangsan-1");
    }

    [Fact]
    public async Task a_user_changes_his_own_password()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var admin = await factory.LoggedInClientAsync();

        var wrong = await MonitorWebFactory.PostFormAsync(admin, "/Password", new() { ["current"] = "not-it-1", ["password"] = "new-pass-22", ["confirm"] = "new-pass-22" });
        var right = await MonitorWebFactory.PostFormAsync(admin, "/Password", new() { ["current"] = MonitorWebFactory.AdminPassword, ["password"] = "new-pass-22", ["confirm"] = "new-pass-22" });

        Assert.Contains("当前密码不正确", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        await factory.LoggedInClientAsync(MonitorWebFactory.AdminName, "new-pass-22");
        await using var context = db.CreateContext();
        Assert.Single(context.AuditEntries, a => a.Action == "user.change-password");
    }

    [Fact]
    public async Task an_administrator_resets_disables_enables_and_deletes_a_reviewer_but_not_himself()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        _ = await factory.ReviewerClientAsync();
        var admin = await factory.LoggedInClientAsync();
        Task<HttpResponseMessage> Post(string handler, Dictionary<string, string> fields) =>
            MonitorWebFactory.PostFormAsync(admin, $"/Users?handler={handler}", fields, "/Users");

        await Post("Reset", new() { ["user"] = "reviewer1", ["password"] = "reset-pass-9" });
        await factory.LoggedInClientAsync("reviewer1", "reset-pass-9");
        await Post("Disable", new() { ["user"] = "reviewer1" });
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.LoggedInClientAsync("reviewer1", "reset-pass-9"));
        await Post("Enable", new() { ["user"] = "reviewer1" });
        await factory.LoggedInClientAsync("reviewer1", "reset-pass-9");
        await Post("Delete", new() { ["user"] = MonitorWebFactory.AdminName });
        Assert.Contains("不能停用或删除自己的账号", await admin.GetStringAsync("/Users"));
        await Post("Delete", new() { ["user"] = "reviewer1" });

        var page = await admin.GetStringAsync("/Users");
        Assert.DoesNotContain("<td>reviewer1</td>", page);
        Assert.Contains("<td>admin</td>", page);
        await using var context = db.CreateContext();
        Assert.Equal(["user.reset-password", "user.disable", "user.enable", "user.delete"],
            context.AuditEntries.Where(a => a.Target == "reviewer1").OrderBy(a => a.Id).Select(a => a.Action).ToList());
    }

    [Fact]
    public async Task downloads_are_not_cached_and_no_page_sends_a_referrer()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();

        var page = await client.GetAsync("/");
        var download = await client.GetAsync("/Export?handler=Download&Kind=noncompliant&Format=csv");

        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.True(download.Headers.CacheControl!.NoStore);
    }
}
