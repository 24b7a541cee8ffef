// The review queue's server time (query + shaping, ReviewQueue.PageAsync) with many findings.
// Usage: dotnet run -c Release --project bench/QueueBench -- <sqlite-file | postgres-connection-string> [findings]
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Dashboard.Review;
using Monitor.Shared;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

var target = args[0];
var count = args.Length > 1 ? int.Parse(args[1]) : 1_000_000;
var postgres = target.Contains("Host=");
var storage = new StorageOptions { Provider = postgres ? "Postgres" : "Sqlite", ConnectionString = postgres ? target : $"Data Source={target}" };
MonitorDbContext Context()
{
    var b = new DbContextOptionsBuilder<MonitorDbContext>();
    DataServiceCollectionExtensions.Configure(b, storage, storage.ConnectionString!);
    return new MonitorDbContext(b.Options);
}

await using (var db = Context())
{
    await new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
    if (!await db.Findings.AnyAsync())
    {
        var sw = Stopwatch.StartNew();
        await Seed.RunAsync(db, count);
        Console.WriteLine($"seeded {count:N0} findings in {sw.Elapsed.TotalSeconds:F0} s");
    }
}

long maxId, midId, account;
await using (var db = Context())
{
    maxId = await db.Findings.MaxAsync(f => f.Id);
    midId = maxId / 2;
    account = await db.Accounts.OrderBy(a => a.Id).Skip(7).Select(a => a.Id).FirstAsync();
}
var cases = new (string Name, QueueFilter Filter)[]
{
    ("待复核 第1页", new QueueFilter()),
    ("待复核 深翻页（id 中位）", new QueueFilter { Before = midId }),
    ("类型=个人信息泄露", new QueueFilter { Kind = FindingKind.PersonalDataLeak }),
    ("地区=5306 + 平台=微博", new QueueFilter { Region = "5306", Platform = Platform.Weibo }),
    ("类型+地区+平台 深翻页", new QueueFilter { Kind = FindingKind.Typo, Region = "5304", Platform = Platform.WeChat, Before = midId }),
    ("单个账号", new QueueFilter { Account = account }),
    ("单个账号 深翻页", new QueueFilter { Account = account, Before = midId }),
    ("发现日期 近7天", new QueueFilter { From = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7)) }),
    ("发现日期 60~30天前", new QueueFilter { From = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-60)), To = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)) }),
    ("已确认（少数）", new QueueFilter { Status = ReviewStatus.Confirmed }),
};
Console.WriteLine($"| case | rows | median ms | p95 ms |");
Console.WriteLine("|---|---|---|---|");
foreach (var (name, filter) in cases)
{
    var times = new List<double>();
    var rows = 0;
    for (var i = 0; i < 23; i++)
    {
        await using var db = Context();
        var sw = Stopwatch.StartNew();
        rows = (await new ReviewQueue(db).PageAsync(filter, CancellationToken.None)).Count;
        if (i >= 3)
        {
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
    }
    times.Sort();
    Console.WriteLine($"| {name} | {rows} | {times[times.Count / 2]:F1} | {times[(int)(times.Count * 0.95)]:F1} |");
}
