using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Monitor.Ingest.Hosting;
using Monitor.Ingest.Sweep;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Sources;

namespace Monitor.Tools;

/// <summary>
/// <c>monitor bench sweep</c>: sweep throughput on a zero-latency synthetic platform. <c>--seed N</c> replaces the
/// register with N synthetic accounts and plans the sweep; every process started without it joins that sweep as one
/// more node, and prints one JSON line with its own time and peak memory (scripts/bench-sweep.sh runs the lot).
/// </summary>
public static class BenchSweepCommand
{
    private static readonly DateTime Cutoff = new(2026, 11, 15, 16, 0, 0, DateTimeKind.Utc);

    public static Command Create()
    {
        var seed = new Option<int?>("--seed") { Description = "清空台账并生成 N 个基准账号，规划扫描后退出" };
        var posts = new Option<int>("--posts") { Description = "每个账号的发文数", DefaultValueFactory = _ => 30 };
        var sweep = new Command("sweep", "扫描吞吐量基准（零延迟模拟平台）") { seed, posts };
        sweep.SetAction(async (parse, ct) =>
        {
            var postsPerAccount = parse.GetValue(posts);
            using var host = MonitorHost.Build(b =>
            {
                b.Services.RemoveAll<IPostSource>();
                b.Services.AddSingleton<IPostSource>(new SyntheticPostSource(postsPerAccount, Cutoff));
            });
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            if (parse.GetValue(seed) is { } count)
            {
                await SeedAsync(scope.ServiceProvider.GetRequiredService<MonitorDbContext>(), count, ct);
                await host.Services.GetRequiredService<SweepPlanner>().StartAsync(Cutoff, "bench", ct);
                return 0;
            }
            var clock = Stopwatch.StartNew();
            var run = await host.Services.GetRequiredService<SweepService>().RunAsync(Cutoff, "bench", ct);
            clock.Stop();
            var node = host.Services.GetRequiredService<SweepBatchRunner>().NodeId;
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<MonitorDbContext>>().CreateDbContextAsync(ct);
            var mine = await db.SweepBatches.Where(b => b.SweepRunId == run.Id && b.ClaimedBy == node).SumAsync(b => b.AccountsDone, ct);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            Console.WriteLine($$"""{"node":"{{node}}","accountsByThisNode":{{mine}},"runAccounts":{{run.AccountsDone}},"runNewPosts":{{run.NewPosts}},"seconds":{{clock.Elapsed.TotalSeconds:F2}},"peakWorkingSetMb":{{peak:F0}}}""");
            return 0;
        });
        return sweep;
    }

    private static async Task SeedAsync(MonitorDbContext db, int count, CancellationToken ct)
    {
        await db.SweepRuns.ExecuteDeleteAsync(ct);
        await db.Accounts.ExecuteDeleteAsync(ct);
        var now = DateTime.UtcNow;
        foreach (var chunk in Enumerable.Range(0, count).Chunk(1000))
        {
            db.Accounts.AddRange(chunk.Select(i => new GovAccount
            {
                Name = $"基准账号{i}",
                Platform = Platform.Weibo,
                AccountCode = $"BENCH{i:D6}",
                RegionCode = "530600",
                Handle = $"{SyntheticPostSource.HandlePrefix}{i}",
                SourceKind = SourceKind.Web,
                RegisteredAt = now,
                UpdatedAt = now,
            }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
