using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Ingest.Jobs;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

public class SweepJobTests
{
    [DbFact]
    public async Task run_now_fans_the_sweep_out_into_batch_jobs_that_finish_it(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db, extraQuietAccounts: 4);
        using var host = SweepHost.Build(db, source, new Dictionary<string, string?> { ["Monitor:Jobs:Enabled"] = "true" });
        await host.StartAsync();

        SweepJobs.RunNow(host.Services.GetRequiredService<IBackgroundJobClient>(), SweepHost.Cutoff, "manual");
        var run = await WaitForRunAsync(db, TimeSpan.FromSeconds(120));
        await host.StopAsync();

        Assert.Equal((SweepState.Completed, "manual", 10, 10), (run.State, run.Trigger, run.AccountsTotal, run.AccountsDone));
        Assert.All(source.Fetches.Values, n => Assert.Equal(1, n));
        await using var context = db.CreateContext();
        Assert.Equal(4, await context.SweepBatches.CountAsync(b => b.State == SweepBatchState.Done));
    }

    [Fact]
    public async Task the_daily_sweep_is_a_recurring_job_in_china_time_and_another_is_one_line()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);
        using var host = SweepHost.Build(db, new FakePostSource(), new Dictionary<string, string?>
        {
            ["Monitor:Jobs:Enabled"] = "true",
            ["Monitor:Jobs:Cron:probe"] = "30 3 * * *",
        }, configureBuilder: b => b.AddRecurringJob<SweepJobs>("probe", "0 4 * * *", j => j.DailyAsync(CancellationToken.None)));
        await host.StartAsync();
        var recurring = host.Services.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs();
        await host.StopAsync();

        var daily = Assert.Single(recurring, r => r.Id == SweepJobs.DailyId);
        Assert.Equal(("0 2 * * *", "Asia/Shanghai"), (daily.Cron, daily.TimeZoneId));
        Assert.Equal("30 3 * * *", Assert.Single(recurring, r => r.Id == "probe").Cron);
    }

    private static async Task<SweepRun> WaitForRunAsync(TestDb db, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var context = db.CreateContext();
            var run = await context.SweepRuns.AsNoTracking().SingleOrDefaultAsync();
            if (run is { State: not SweepState.Running } || DateTime.UtcNow > until)
            {
                return run ?? throw new TimeoutException("扫描未启动");
            }
            await Task.Delay(200);
        }
    }
}
