using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Monitor.Ingest.Sweep;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

public class SweepFailureTests
{
    /// <summary>An analyser with a bug: every batch that has a new post to analyse fails.</summary>
    private sealed class BrokenAnalyser : IPostAnalyser
    {
        public IReadOnlyList<Finding> Analyse(Post post, GovAccount account) => throw new InvalidOperationException("检查器内部错误");
    }

    [DbFact]
    public async Task a_batch_that_keeps_failing_is_given_up_so_the_sweep_still_finishes(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db);
        using var host = SweepHost.Build(db, source, configure: s => s.Replace(ServiceDescriptor.Singleton<IPostAnalyser, BrokenAnalyser>()));

        var run = await host.Services.GetRequiredService<SweepService>().RunAsync(SweepHost.Cutoff, "test", default);

        Assert.Equal(SweepState.Completed, run.State);
        Assert.Contains("检查器内部错误", run.Errors);
        Assert.Contains("多次失败，已放弃", run.Errors);
        await using var context = db.CreateContext();
        var batches = await context.SweepBatches.ToListAsync();
        Assert.All(batches, b => Assert.Equal(SweepBatchState.Failed, b.State));
        // Nothing of a failed batch was kept: no half-written posts, no counters.
        Assert.Equal((0, 0), (await context.Posts.CountAsync(), run.AccountsDone));
    }

    [DbFact]
    public async Task an_account_backing_off_is_not_fetched_again_and_stays_unknown(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db);
        using var host = SweepHost.Build(db, source);
        var sweep = host.Services.GetRequiredService<SweepService>();

        await sweep.RunAsync(SweepHost.Cutoff, "test", default);
        // The first failure backs off for a minute (Sonarr's escalation); the clock has not moved.
        await sweep.RunAsync(SweepHost.Cutoff, "test", default);

        Assert.Equal(1, source.Fetches["broken"]);
        Assert.Equal(2, source.Fetches["active"]);
        await using var context = db.CreateContext();
        var status = await context.FetchStatuses.SingleAsync(s => s.ConsecutiveFailures > 0);
        Assert.Equal((1, SweepHost.Now.UtcDateTime.AddMinutes(1)), (status.ConsecutiveFailures, status.BackoffUntil));
        Assert.Equal(Verdict.Unknown, (await context.CheckResults.Include(c => c.Account)
            .SingleAsync(c => c.Account!.Handle == "broken" && c.RuleId == "update.two-week")).Verdict);
    }
}
