using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

/// <summary>A register of accounts in every situation the rules distinguish, and what the fake platform answers for each.</summary>
public static class SweepFixture
{
    private static DateTimeOffset DaysAgo(double days) => SweepHost.Now.AddHours(-2).AddDays(-days);

    public static async Task<FakePostSource> SeedAsync(TestDb db, int extraQuietAccounts = 0)
    {
        var source = new FakePostSource();
        await using var context = db.CreateContext();
        var accounts = new List<GovAccount>
        {
            Account("active"), Account("quiet"), Account("broken"), Account("pinned"), Account("reposts"), Account("zombie"),
        };
        for (var i = 0; i < extraQuietAccounts; i++)
        {
            accounts.Add(Account($"extra{i}"));
            source.Returns($"extra{i}", FakePostSource.Post($"x{i}", DaysAgo(i % 30), $"第{i}条按装通知"));
        }
        var closed = Account("closed");
        closed.Status = AccountStatus.Closed;
        accounts.Add(closed);
        context.Accounts.AddRange(accounts);
        await context.SaveChangesAsync();

        source.Returns("active", FakePostSource.Post("a1", DaysAgo(1), "请按装最新版本。"), FakePostSource.Post("a2", DaysAgo(3)));
        source.Returns("quiet", FakePostSource.Post("q1", DaysAgo(12)));
        source.Fails("broken", FetchErrorKind.AntiCrawl, "触发平台反爬验证");
        source.Returns("pinned", FakePostSource.Post("p1", DaysAgo(1), pinned: true), FakePostSource.Post("p2", DaysAgo(20)));
        source.Returns("reposts", FakePostSource.Post("r1", DaysAgo(2), original: false));
        source.Returns("zombie", FakePostSource.Post("z1", DaysAgo(120)));
        source.Returns("closed", FakePostSource.Post("c1", DaysAgo(1)));
        return source;
    }

    private static GovAccount Account(string handle)
    {
        var a = Some.Account(name: $"账号{handle}");
        a.Handle = handle;
        return a;
    }

    /// <summary>Everything a sweep decides, in a form two databases can be compared by.</summary>
    public static async Task<List<string>> SnapshotAsync(TestDb db)
    {
        await using var context = db.CreateContext();
        var verdicts = await context.CheckResults.Include(c => c.Account).ToListAsync();
        var posts = await context.Posts.Include(p => p.Account).ToListAsync();
        var findings = await context.Findings.Include(f => f.Post).ToListAsync();
        return verdicts.Select(c => $"{c.Account!.Handle} {c.RuleId} {c.CutoffUtc:O} {c.Verdict} {c.Evidence}")
            .Concat(posts.Select(p => $"post {p.Account!.Handle} {p.PlatformPostId} v{p.Version} analysed={p.AnalysedAt is not null}"))
            .Concat(findings.Select(f => $"finding {f.Post!.PlatformPostId} {f.RuleId} {f.Start}+{f.Length}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
