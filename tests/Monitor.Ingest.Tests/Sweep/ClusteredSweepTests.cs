using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

/// <summary>
/// Three <c>monitor worker</c> processes on one PostgreSQL share one sweep through Quartz's clustered store, fetching
/// over real HTTP from a fake feed platform through the real feed connector.
/// </summary>
public class ClusteredSweepTests
{
    private const int Accounts = 2000;
    private const int Posts = 3;

    [PostgresFact]
    public async Task three_workers_sweep_every_account_exactly_once()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Postgres);
        await using var platform = await FeedPlatform.StartAsync(Posts);
        await SeedAsync(db, platform);
        var workers = StartWorkers(db, 3);
        try
        {
            var run = await WaitForRunAsync(db, TimeSpan.FromMinutes(4));
            // Every account's feed was requested exactly once, across all nodes.
            Assert.Equal(Accounts, platform.Requests.Count);
            Assert.All(platform.Requests.Values, n => Assert.Equal(1, n));

            await using var context = db.CreateContext();
            var batches = await context.SweepBatches.ToListAsync();
            Assert.Equal((SweepState.Completed, Accounts, Accounts * Posts), (run.State, run.AccountsDone, run.NewPosts));
            // A claim precedes every fetch, so one attempt per batch is one fetch per account.
            Assert.All(batches, b => Assert.Equal((SweepBatchState.Done, 1), (b.State, b.Attempts)));
            Assert.True(batches.Select(b => b.ClaimedBy).Distinct().Count() >= 2, "批次应分布在多个工作节点上");
            Assert.Equal(Accounts, await context.FetchStatuses.CountAsync(s => s.LastSuccessAt != null));
            Assert.Equal(Accounts * 4, await context.CheckResults.CountAsync());
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }
    }

    [PostgresFact]
    public async Task a_killed_worker_s_batches_are_recovered_and_counted_once()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Postgres);
        await using var platform = await FeedPlatform.StartAsync(Posts);
        await SeedAsync(db, platform);
        var workers = StartWorkers(db, 3);
        try
        {
            // Kill a node while it holds a batch, after the sweep is under way. A batch can finish between reading its
            // holder and the kill; what the dead node still held is read after the kill (it cannot change any more),
            // and a second node is killed if the first held nothing by then.
            string? holder = null;
            var heldAtKill = new List<long>();
            for (var attempt = 0; attempt < 2 && heldAtKill.Count == 0; attempt++)
            {
                await WaitUntilAsync(db, async c =>
                {
                    holder = await c.SweepBatches.Where(b => b.State == SweepBatchState.Claimed).Select(b => b.ClaimedBy).FirstOrDefaultAsync();
                    return holder is not null && await c.SweepBatches.CountAsync(b => b.State == SweepBatchState.Done) >= 3;
                }, TimeSpan.FromMinutes(3));
                workers.Single(w => holder!.Contains($":{w.ProcessId}:")).Kill();
                await using var afterKill = db.CreateContext();
                heldAtKill = await afterKill.SweepBatches.Where(b => b.State == SweepBatchState.Claimed && b.ClaimedBy == holder).Select(b => b.Id).ToListAsync();
            }
            Assert.NotEmpty(heldAtKill);

            var run = await WaitForRunAsync(db, TimeSpan.FromMinutes(4));

            await using var context = db.CreateContext();
            Assert.Equal((SweepState.Completed, Accounts, Accounts * Posts), (run.State, run.AccountsDone, run.NewPosts));
            Assert.Equal(Accounts * Posts, await context.Posts.CountAsync());
            Assert.All(await context.SweepBatches.ToListAsync(), b => Assert.Equal(SweepBatchState.Done, b.State));
            Assert.Equal(Accounts, (await context.SweepBatches.ToListAsync()).Sum(b => b.AccountsDone));
            // The dead node's batch was taken over: a second attempt, by another node.
            var takenOver = await context.SweepBatches.Where(b => heldAtKill.Contains(b.Id)).ToListAsync();
            Assert.All(takenOver, b => Assert.True(b.Attempts > 1 && b.ClaimedBy != holder, $"batch {b.Id}: {b.Attempts} attempts, {b.ClaimedBy}"));
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }
    }

    private static List<WorkerProcess> StartWorkers(TestDb db, int count)
    {
        // A one-shot cron a little ahead, in UTC: the cluster fires it once, on one node.
        var at = DateTime.UtcNow.AddSeconds(40);
        var cron = $"{at.Second} {at.Minute} {at.Hour} {at.Day} {at.Month} ? {at.Year}";
        return Enumerable.Range(0, count).Select(_ => new WorkerProcess(db, cron)).ToList();
    }

    private static async Task SeedAsync(TestDb db, FeedPlatform platform)
    {
        await using var context = db.CreateContext();
        context.Accounts.AddRange(Enumerable.Range(0, Accounts).Select(i =>
        {
            var a = Some.Account(name: $"集群账号{i}");
            a.SourceKind = SourceKind.Feed;
            a.FeedUrl = new Uri(platform.BaseUrl, $"feed/{i}").ToString();
            return a;
        }));
        await context.SaveChangesAsync();
    }

    private static async Task<SweepRun> WaitForRunAsync(TestDb db, TimeSpan timeout)
    {
        await WaitUntilAsync(db, c => c.SweepRuns.AnyAsync(r => r.State == SweepState.Completed), timeout);
        await using var context = db.CreateContext();
        return await context.SweepRuns.SingleAsync();
    }

    private static async Task WaitUntilAsync(TestDb db, Func<Monitor.Shared.Data.MonitorDbContext, Task<bool>> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            await using (var context = db.CreateContext())
            {
                if (await done(context))
                {
                    return;
                }
            }
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("工作节点未在规定时间内完成扫描");
            }
            await Task.Delay(500);
        }
    }
}
