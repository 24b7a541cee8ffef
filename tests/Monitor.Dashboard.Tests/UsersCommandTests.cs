using System.Net;
using System.Text.RegularExpressions;
using Monitor.Cli;
using Monitor.TestSupport;
using Monitor.Users;

namespace Monitor.Dashboard.Tests;

public class UsersCommandTests
{
    [Fact]
    public async Task a_reviewer_added_from_the_command_line_logs_in_with_the_password_from_standard_input()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        _ = factory.CreateClient();
        var output = new StringWriter();

        var code = await UsersCommand.RunAsync(factory.Services, ["users", "add", "wangwu", "--role", DashboardRoles.Reviewer],
            new StringReader("wangwu-pass-1\n"), output);

        Assert.Equal(0, code);
        Assert.Equal($"已添加{DashboardRoles.Reviewer} wangwu。", output.ToString().Trim());
        var reviewer = await factory.LoggedInClientAsync("wangwu", "wangwu-pass-1");
        Assert.NotEqual(HttpStatusCode.OK, (await reviewer.GetAsync("/Users")).StatusCode);
        await using var context = db.CreateContext();
        Assert.Single(context.AuditEntries, a => a.Action == "user.add" && a.Target == "wangwu" && a.Actor == "命令行");
    }

    [Fact]
    public async Task an_administrator_without_a_password_gets_one_printed_once()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        _ = factory.CreateClient();
        var output = new StringWriter();

        var code = await UsersCommand.RunAsync(factory.Services, ["users", "add", "zhaoliu", "--role", DashboardRoles.Admin], TextReader.Null, output);

        Assert.Equal(0, code);
        var password = Regex.Match(output.ToString(), "密码 (\\S+)（仅显示这一次）").Groups[1].Value;
        var admin = await factory.LoggedInClientAsync("zhaoliu", password);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Users")).StatusCode);
    }

    [Fact]
    public async Task an_unknown_role_is_refused_and_nobody_is_added()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        _ = factory.CreateClient();

        var code = await UsersCommand.RunAsync(factory.Services, ["users", "add", "boss", "--role", "老板"], new StringReader("boss-pass-123\n"), TextWriter.Null);

        Assert.NotEqual(0, code);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.LoggedInClientAsync("boss", "boss-pass-123"));
    }
}
