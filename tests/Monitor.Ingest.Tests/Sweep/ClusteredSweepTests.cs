using Hangfire;
using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Jobs;
using Monitor.Shared;
using Monitor.Shared.Domain;
using Monitor.TestSupport;
using Xunit.Abstractions;

namespace Monitor.Ingest.Tests.Sweep;

/// <summary>
/// Three <c>monitor worker</c> processes on one PostgreSQL (one Hangfire queue) and one Redis (shared rate limits and
/// tokens) sweep 2,000 accounts served over real HTTP by a fake platform: 1,700 feeds and 300 WeChat accounts of 30 apps.
/// </summary>
public class ClusteredSweepTests(ITestOutputHelper output)
{
    private const int FeedAccounts = 1700;
    private const int WeChatApps = 30;
    private const int AccountsPerApp = 10;
    private const int Accounts = FeedAccounts + WeChatApps * AccountsPerApp;
    private const int Posts = 3;
    private const int FeedLimit = 100;
    private const int WeChatLimit = 20;

    [RedisFact(AlsoPostgres = true, Cluster = true)]
    public async Task three_workers_share_one_queue_one_rate_limit_and_one_token_per_app()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Postgres);
        await using var platform = await ApiPlatform.StartAsync(Posts);
        await SeedAsync(db, platform);
        var jobs = Storage(db);
        var prefix = $"monitor-test-{Guid.NewGuid():N}:";
        var workers = StartWorkers(db, platform, prefix, 3);
        try
        {
            SweepJobs.RunNow(new BackgroundJobClient(jobs), ChinaTime.LastMidnightUtc(DateTime.UtcNow), "test");
            var run = await WaitForRunAsync(db, TimeSpan.FromMinutes(4));
            output.WriteLine($"feed peak {platform.PeakPerSecond("feed")}/s, wechat peak {platform.PeakPerSecond("wechat")}/s");

            // Every feed was requested exactly once, across all nodes; every WeChat account read once.
            Assert.Equal(FeedAccounts, platform.Requests.Count);
            Assert.All(platform.Requests.Values, n => Assert.Equal(1, n));
            Assert.Equal(WeChatApps * AccountsPerApp, platform.PublishedRequests);
            // One token per app, not one per process.
            Assert.Equal(WeChatApps, platform.TokenRequests.Count);
            Assert.All(platform.TokenRequests.Values, n => Assert.Equal(1, n));
            // Each platform's limit held across the three processes together.
            Assert.InRange(platform.PeakPerSecond("feed"), 1, FeedLimit);
            Assert.InRange(platform.PeakPerSecond("wechat"), 1, WeChatLimit);

            await using var context = db.CreateContext();
            var batches = await context.SweepBatches.ToListAsync();
            Assert.Equal((SweepState.Completed, Accounts, 0), (run.State, run.AccountsDone, run.AccountsFailed));
            Assert.Equal(FeedAccounts * Posts + WeChatApps * AccountsPerApp * 2, run.NewPosts);
            Assert.All(batches, b => Assert.Equal((SweepBatchState.Done, 1), (b.State, b.Attempts)));
            Assert.True(batches.Select(b => b.ClaimedBy).Distinct().Count() >= 2, "批次应分布在多个工作节点上");
            Assert.Equal(Accounts, await context.FetchStatuses.CountAsync(s => s.LastSuccessAt != null));
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
            Report(workers);
        }
    }

    [RedisFact(AlsoPostgres = true, Cluster = true)]
    public async Task a_worker_killed_mid_batch_loses_nothing_and_counts_nothing_twice()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Postgres);
        await using var platform = await ApiPlatform.StartAsync(Posts);
        await SeedAsync(db, platform);
        var jobs = Storage(db);
        var workers = StartWorkers(db, platform, $"monitor-test-{Guid.NewGuid():N}:", 3);
        try
        {
            SweepJobs.RunNow(new BackgroundJobClient(jobs), ChinaTime.LastMidnightUtc(DateTime.UtcNow), "test");
            // Kill a node while it runs a batch, after the sweep is under way.
            string? holder = null;
            await WaitUntilAsync(db, async c =>
            {
                holder = await c.SweepBatches.Where(b => b.State == SweepBatchState.Claimed).Select(b => b.ClaimedBy).FirstOrDefaultAsync();
                return holder is not null && await c.SweepBatches.CountAsync(b => b.State == SweepBatchState.Done) >= 3;
            }, TimeSpan.FromMinutes(2));
            workers.Single(w => holder!.Contains($":{w.ProcessId}:")).Kill();

            var run = await WaitForRunAsync(db, TimeSpan.FromMinutes(4));

            await using var context = db.CreateContext();
            var posts = FeedAccounts * Posts + WeChatApps * AccountsPerApp * 2;
            Assert.Equal((SweepState.Completed, Accounts, posts), (run.State, run.AccountsDone, run.NewPosts));
            Assert.Equal(posts, await context.Posts.CountAsync());
            var batches = await context.SweepBatches.ToListAsync();
            Assert.All(batches, b => Assert.Equal(SweepBatchState.Done, b.State));
            Assert.Equal(Accounts, batches.Sum(b => b.AccountsDone));
            // The dead node's batch was delivered again, to another node.
            Assert.Contains(batches, b => b.Attempts > 1 && b.ClaimedBy != holder);
            Assert.Equal(Accounts * 4, await context.CheckResults.CountAsync());
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
            Report(workers);
        }
    }

    private void Report(List<WorkerProcess> workers)
    {
        foreach (var w in workers)
        {
            lock (w.Log)
            {
                output.WriteLine($"--- worker {w.ProcessId}: {w.Log.Count} log lines");
                w.Log.TakeLast(400).ToList().ForEach(output.WriteLine);
            }
        }
    }

    /// <summary>The test's own client on the workers' job storage (its schema created here, before they start).</summary>
    private static JobStorage Storage(TestDb db) =>
        SweepScheduling.CreateStorage(db.Options, AppContext.BaseDirectory, new JobsOptions());

    private static List<WorkerProcess> StartWorkers(TestDb db, ApiPlatform platform, string redisPrefix, int count)
    {
        var settings = new Dictionary<string, string>
        {
            ["Monitor:Jobs:WorkerCount"] = "2",
            ["Logging:LogLevel:Default"] = Environment.GetEnvironmentVariable("CLUSTER_TEST_LOG") ?? "Warning",
            ["Monitor:Jobs:PollIntervalMs"] = "200",
            ["Monitor:Jobs:InvisibilitySeconds"] = "20",
            ["Monitor:Sweep:BatchSize"] = "50",
            ["Monitor:Redis:Configuration"] = RedisFactAttribute.RedisConfiguration!,
            ["Monitor:Redis:KeyPrefix"] = redisPrefix,
            ["Monitor:Connectors:Feed:PermitsPerSecond"] = FeedLimit.ToString(),
            ["Monitor:Connectors:WeChat:PermitsPerSecond"] = WeChatLimit.ToString(),
            ["Monitor:Connectors:WeChat:BaseUrl"] = platform.BaseUrl.ToString(),
            ["Monitor:Connectors:WeChat:UseDatacube"] = "false",
        };
        for (var i = 0; i < WeChatApps; i++)
        {
            settings[$"Monitor:Connectors:WeChat:AppSecrets:{AppId(i)}"] = "secret-" + i;
        }
        return Enumerable.Range(0, count).Select(_ => new WorkerProcess(db, settings)).ToList();
    }

    private static string AppId(int i) => $"wx{i:D16}";

    private static async Task SeedAsync(TestDb db, ApiPlatform platform)
    {
        await using var context = db.CreateContext();
        context.Accounts.AddRange(Enumerable.Range(0, FeedAccounts).Select(i =>
        {
            var a = Some.Account(name: $"集群账号{i}");
            a.SourceKind = SourceKind.Feed;
            a.FeedUrl = new Uri(platform.BaseUrl, $"feed/{i}").ToString();
            return a;
        }));
        // Several registered accounts per WeChat app, in different batches: every node needs every app's token.
        context.Accounts.AddRange(Enumerable.Range(0, WeChatApps * AccountsPerApp).Select(i =>
        {
            var a = Some.Account(Platform.WeChat, name: $"公众号{i}");
            a.SourceKind = SourceKind.OfficialApi;
            a.Handle = AppId(i % WeChatApps);
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
