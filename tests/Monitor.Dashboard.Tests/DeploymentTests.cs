using System.Net;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

/// <summary>
/// The README's deployment steps, verbatim: <c>monitor db migrate</c> as its own process, then the dashboard with
/// <c>MigrateOnStart=false</c>. The other tests migrate on start and so never saw a migration the CLI could not apply.
/// </summary>
public class DeploymentTests
{
    [DbFact]
    public async Task db_migrate_alone_brings_the_database_up_to_date_for_a_dashboard_that_does_not_migrate(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);

        var (code, output, errors) = await MonitorProcess.RunAsync(db, "db", "migrate");

        Assert.True(code == 0, errors);
        Assert.StartsWith("已执行", output.Trim());
        await using var factory = new MonitorWebFactory(db, demo: false, migrateOnStart: false);
        var admin = await factory.LoggedInClientAsync();
        var overview = await admin.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("总览", await overview.Content.ReadAsStringAsync());

        var (again, second, _) = await MonitorProcess.RunAsync(db, "db", "migrate");
        Assert.Equal(0, again);
        Assert.Equal("数据库已是最新，无需迁移。", second.Trim());
    }

    [DbFact]
    public async Task a_dashboard_that_does_not_migrate_refuses_a_database_behind_with_the_command_to_run(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false, migrateOnStart: false);

        var e = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("monitor db migrate", e.ToString());
    }
}
