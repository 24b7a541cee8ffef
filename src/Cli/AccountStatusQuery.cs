using Microsoft.EntityFrameworkCore;
using Monitor.Shared;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Cli;

/// <summary>
/// Every active account as of the latest judged cut-off — the one <c>monitor export</c> takes by default, so after a
/// back-dated sweep both speak of the same moment: fetch state, latest counted post, the window's posts and the verdicts.
/// </summary>
public static class AccountStatusQuery
{
    public static async Task<IReadOnlyList<AccountStatusRow>?> LoadAsync(MonitorDbContext db, int windowDays, CancellationToken ct)
    {
        var latestCutoff = await db.CheckResults.AsNoTracking().OrderByDescending(c => c.CutoffUtc).Select(c => (DateTime?)c.CutoffUtc).FirstOrDefaultAsync(ct);
        if (latestCutoff is not { } cutoff)
        {
            return null;
        }
        var start = cutoff.AddDays(-windowDays);
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.FetchStatus)
            .Where(a => a.Status == AccountStatus.Active).OrderBy(a => a.Id).ToListAsync(ct);
        var verdicts = (await db.CheckResults.AsNoTracking().Where(c => c.CutoffUtc == cutoff)
                .Select(c => new { c.AccountId, c.RuleId, c.Verdict }).ToListAsync(ct))
            .ToLookup(c => c.AccountId);
        var counted = db.Posts.Where(p => !p.IsPinned && !p.IsDeleted && p.PublishedAtUtc < cutoff);
        var latest = await counted.GroupBy(p => p.AccountId)
            .Select(g => new { g.Key, Latest = g.Max(p => p.PublishedAtUtc) })
            .ToDictionaryAsync(x => x.Key, x => x.Latest, ct);
        var window = await counted.Where(p => p.PublishedAtUtc >= start).GroupBy(p => p.AccountId)
            .Select(g => new { g.Key, Posts = g.Count(), Originals = g.Count(p => p.IsOriginal == true) })
            .ToDictionaryAsync(x => x.Key, ct);

        return accounts.Select(a =>
        {
            var (fetch, error) = FetchState(a.FetchStatus);
            window.TryGetValue(a.Id, out var w);
            return new AccountStatusRow(
                a.AccountCode,
                a.Name,
                a.Platform.ToString(),
                a.Handle ?? a.FeedUrl,
                fetch,
                error,
                a.SourceKind.ToString(),
                a.FeedUrl,
                (a.FetchStatus?.Coverage ?? Coverage.Unknown).ToString().ToLowerInvariant(),
                a.FetchStatus?.CompleteFrom is { } from ? ChinaTime.ToChina(from) : null,
                latest.TryGetValue(a.Id, out var t) ? ChinaTime.ToChina(t) : null,
                w?.Posts ?? 0,
                w?.Originals ?? 0,
                ChinaTime.ToChina(cutoff),
                verdicts[a.Id].OrderBy(v => v.RuleId, StringComparer.Ordinal)
                    .ToDictionary(v => v.RuleId, v => v.Verdict.ToString().ToLowerInvariant()));
        }).ToList();
    }

    /// <summary>ok, failed (with the reason), partial (a source that cannot see every post), or never (not fetched yet).</summary>
    private static (string State, string? Error) FetchState(FetchStatus? s) => s switch
    {
        null or { LastAttemptAt: null } => ("never", null),
        { LastAttemptFailed: true } => ("failed", $"{s.LastErrorKind}: {s.LastError}"),
        { Coverage: Coverage.Partial } => ("partial", null),
        _ => ("ok", null),
    };
}
