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
        // Cancel in the middle of the third batch (batches of 3 accounts).
        source.BeforeFetch = _ =>
        {
            if (source.TotalFetches == 7)
            {
                cts.Cancel();
                cts.Token.ThrowIfCancellationRequested();
            }
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SweepAsync(db, source, cts.Token));
        await using (var context = db.CreateContext())
        {
            var run = await context.SweepRuns.SingleAsync();
            Assert.Equal((SweepState.Cancelled, 6), (run.State, run.AccountsDone));
            // And a node that died holding the fifth batch: its lease has run out.
            await context.SweepBatches.Where(b => b.Number == 5).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.State, SweepBatchState.Claimed)
                .SetProperty(b => b.ClaimedBy, "dead-node")
                .SetProperty(b => b.ClaimedUntil, SweepHost.Now.UtcDateTime.AddMinutes(-1)));
        }
        source.BeforeFetch = null;

        var resumed = await SweepAsync(db, source);

        Assert.Equal(uninterrupted.Id, resumed.Id);
        Assert.Equal(SweepState.Completed, resumed.State);
        Assert.Equal(
            (uninterrupted.AccountsTotal, uninterrupted.AccountsDone, uninterrupted.AccountsFailed, uninterrupted.NewPosts, uninterrupted.NewFindings),
            (resumed.AccountsTotal, resumed.AccountsDone, resumed.AccountsFailed, resumed.NewPosts, resumed.NewFindings));
        Assert.Equal(await SweepFixture.SnapshotAsync(reference), await SweepFixture.SnapshotAsync(db));
    }

    [DbFact]
    public async Task a_batch_taken_over_from_a_live_claim_is_never_counted_twice(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db);
        using var host = SweepHost.Build(db, source);
        var planner = host.Services.GetRequiredService<SweepPlanner>();
        var runId = await planner.StartAsync(SweepHost.Cutoff, "test", default);
        var slow = host.Services.GetRequiredService<SweepBatchRunner>();
        await using (var context = db.CreateContext())
        {
            // Another node claimed batch 1 and is still inside its lease.
            await context.SweepBatches.Where(b => b.Number == 1).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.State, SweepBatchState.Claimed)
                .SetProperty(b => b.ClaimedBy, "other-node")
                .SetProperty(b => b.ClaimedUntil, SweepHost.Now.UtcDateTime.AddMinutes(5)));
        }
        var firstBatch = await BatchIdAsync(db, 1);

        Assert.False(await slow.RunBatchAsync(firstBatch, takeOver: false, default));
        Assert.True(await slow.RunBatchAsync(firstBatch, takeOver: true, default));
        Assert.False(await slow.RunBatchAsync(firstBatch, takeOver: true, default));

        await using var check = db.CreateContext();
        Assert.Equal(3, (await check.SweepRuns.SingleAsync(r => r.Id == runId)).AccountsDone);
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
