using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Sweep;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

public class SweepServiceTests
{
    private static async Task<SweepRun> SweepAsync(TestDb db, FakePostSource source, CancellationToken ct = default)
    {
        using var host = SweepHost.Build(db, source);
        return await host.Services.GetRequiredService<SweepService>().RunAsync(SweepHost.Cutoff, "test", ct);
    }

    private static async Task<Dictionary<(string, string), Verdict>> VerdictsAsync(TestDb db)
    {
        await using var context = db.CreateContext();
        return await context.CheckResults.Include(c => c.Account)
            .ToDictionaryAsync(c => (c.Account!.Handle!, c.RuleId), c => c.Verdict);
    }

    [DbFact]
    public async Task a_sweep_fetches_stores_analyses_and_judges_every_active_account(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db);

        var run = await SweepAsync(db, source);

        Assert.Equal(SweepState.Completed, run.State);
        Assert.Equal((6, 6, 1, 7, 1), (run.AccountsTotal, run.AccountsDone, run.AccountsFailed, run.NewPosts, run.NewFindings));
        Assert.False(source.Fetches.ContainsKey("closed"));
        var v = await VerdictsAsync(db);
        Assert.Equal(Verdict.Pass, v[("active", "update.two-week")]);
        Assert.Equal(Verdict.Pass, v[("quiet", "update.two-week")]);
        Assert.Equal(Verdict.Warning, v[("quiet", "update.early-warning")]);
        Assert.Equal(Verdict.Unknown, v[("broken", "update.two-week")]);
        Assert.Equal(Verdict.Unknown, v[("broken", "update.zombie")]);
        Assert.Equal(Verdict.Fail, v[("pinned", "update.two-week")]);
        Assert.Equal(Verdict.Warning, v[("reposts", "original.two-week")]);
        Assert.Equal(Verdict.Warning, v[("zombie", "update.zombie")]);
        await using var context = db.CreateContext();
        var status = await context.FetchStatuses.SingleAsync(s => s.LastErrorKind == FetchErrorKind.AntiCrawl);
        Assert.Equal((1, "触发平台反爬验证"), (status.ConsecutiveFailures, status.LastError));
        Assert.Equal(0, await context.Posts.CountAsync(p => p.AnalysedAt == null));
        Assert.All(await context.SweepBatches.ToListAsync(), b => Assert.Equal(SweepBatchState.Done, b.State));
    }

    [DbFact]
    public async Task the_same_sweep_twice_gives_identical_results(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db);

        await SweepAsync(db, source);
        var first = await SweepFixture.SnapshotAsync(db);
        var second = await SweepAsync(db, source);

        Assert.Equal(first, await SweepFixture.SnapshotAsync(db));
        Assert.Equal((6, 0, 0), (second.AccountsDone, second.NewPosts, second.NewFindings));
        await using var context = db.CreateContext();
        Assert.Equal(6 * 4, await context.CheckResults.CountAsync());
    }

    [DbFact]
    public async Task an_interrupted_sweep_resumed_ends_like_an_uninterrupted_one(string provider)
    {
        await using var reference = await TestDb.CreateAsync(provider);
        var uninterrupted = await SweepAsync(reference, await SweepFixture.SeedAsync(reference, extraQuietAccounts: 9));

        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db, extraQuietAccounts: 9);
        using var cts = new CancellationTokenSource();
        // Ctrl+C in the middle of the third batch (batches of 3 accounts): the fetch in hand waits for the job's cancellation.
        source.BeforeFetchAsync = async (_, jobToken) =>
        {
            if (source.TotalFetches == 6)
            {
                cts.Cancel();
                await Task.Delay(Timeout.Infinite, jobToken);
            }
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SweepAsync(db, source, cts.Token));
        await using (var context = db.CreateContext())
        {
            var run = await context.SweepRuns.SingleAsync();
            Assert.Equal((SweepState.Cancelled, 6), (run.State, run.AccountsDone));
            // And a node that died in the middle of the fifth batch: its job never finished.
            await context.SweepBatches.Where(b => b.Number == 5).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.State, SweepBatchState.Claimed)
                .SetProperty(b => b.ClaimedBy, "dead-node")
                .SetProperty(b => b.Attempts, 1));
        }
        source.BeforeFetchAsync = null;

        var resumed = await SweepAsync(db, source);

        Assert.Equal(uninterrupted.Id, resumed.Id);
        Assert.Equal(SweepState.Completed, resumed.State);
        Assert.Equal(
            (uninterrupted.AccountsTotal, uninterrupted.AccountsDone, uninterrupted.AccountsFailed, uninterrupted.NewPosts, uninterrupted.NewFindings),
            (resumed.AccountsTotal, resumed.AccountsDone, resumed.AccountsFailed, resumed.NewPosts, resumed.NewFindings));
        Assert.Equal(await SweepFixture.SnapshotAsync(reference), await SweepFixture.SnapshotAsync(db));
    }

    [DbFact]
    public async Task a_batch_delivered_twice_is_counted_once(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db);
        using var host = SweepHost.Build(db, source);
        var runId = await host.Services.GetRequiredService<SweepPlanner>().StartAsync(SweepHost.Cutoff, "test", default);
        var runner = host.Services.GetRequiredService<SweepBatchRunner>();
        var firstBatch = await BatchIdAsync(db, 1);
        var secondBatch = await BatchIdAsync(db, 2);

        // The job engine delivers batch 1 again after it finished (its node died before acknowledging).
        Assert.True(await runner.RunBatchAsync(firstBatch, default));
        var snapshot = await SweepFixture.SnapshotAsync(db);
        Assert.False(await runner.RunBatchAsync(firstBatch, default));
        Assert.Equal(snapshot, await SweepFixture.SnapshotAsync(db));
        Assert.Equal(3, source.TotalFetches);

        // Batch 2 was started by a node that died mid-batch; the re-delivered job runs it, once.
        await using (var context = db.CreateContext())
        {
            await context.SweepBatches.Where(b => b.Id == secondBatch).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.State, SweepBatchState.Claimed)
                .SetProperty(b => b.ClaimedBy, "dead-node")
                .SetProperty(b => b.Attempts, 1));
        }
        Assert.True(await runner.RunBatchAsync(secondBatch, default));
        Assert.False(await runner.RunBatchAsync(secondBatch, default));

        await using var check = db.CreateContext();
        var run = await check.SweepRuns.SingleAsync(r => r.Id == runId);
        Assert.Equal((SweepState.Completed, 6, 7, 1), (run.State, run.AccountsDone, run.NewPosts, run.NewFindings));
        Assert.Equal(7, await check.Posts.CountAsync());
        Assert.Equal(1, await check.Findings.CountAsync());
        Assert.Equal(6 * 4, await check.CheckResults.CountAsync());
        Assert.Equal(2, (await check.SweepBatches.SingleAsync(b => b.Id == secondBatch)).Attempts);
    }

    [DbFact]
    public async Task sweeps_started_together_at_one_cutoff_join_one_run(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db);
        using var host = SweepHost.Build(db, source);
        var planner = host.Services.GetRequiredService<SweepPlanner>();

        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => planner.StartAsync(SweepHost.Cutoff, "test", default))));

        Assert.Single(ids.Distinct());
        await using var context = db.CreateContext();
        Assert.Equal(1, await context.SweepRuns.CountAsync());
        Assert.Equal(2, await context.SweepBatches.CountAsync());
    }

    private static async Task<long> BatchIdAsync(TestDb db, int number)
    {
        await using var context = db.CreateContext();
        return await context.SweepBatches.Where(b => b.Number == number).Select(b => b.Id).SingleAsync();
    }
}
