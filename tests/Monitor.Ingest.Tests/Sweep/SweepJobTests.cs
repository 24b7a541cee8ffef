using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Jobs;
using Monitor.Shared.Domain;
using Monitor.TestSupport;
using Quartz;

namespace Monitor.Ingest.Tests.Sweep;

public class SweepJobTests
{
    [Fact]
    public async Task run_now_fans_the_sweep_out_into_batch_jobs_that_finish_it()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);
        var source = await SweepFixture.SeedAsync(db, extraQuietAccounts: 4);
        using var host = SweepHost.Build(db, source, new Dictionary<string, string?>
        {
            ["Monitor:Jobs:Enabled"] = "true",
            // The test clock stands still at 02:00: keep the daily trigger out of the way.
            ["Monitor:Jobs:SweepCron"] = "0 0 3 * * ?",
        });
        await host.StartAsync();

        await SweepFanOut.RunNowAsync(host.Services.GetRequiredService<ISchedulerFactory>(), SweepHost.Cutoff, "manual", default);
        var run = await WaitForRunAsync(db, TimeSpan.FromSeconds(60));
        await host.StopAsync();

        Assert.Equal((SweepState.Completed, "manual", 10, 10), (run.State, run.Trigger, run.AccountsTotal, run.AccountsDone));
        Assert.All(source.Fetches.Values, n => Assert.Equal(1, n));
        await using var context = db.CreateContext();
        Assert.Equal(4, await context.SweepBatches.CountAsync(b => b.State == SweepBatchState.Done));
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
