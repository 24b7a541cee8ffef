using Microsoft.EntityFrameworkCore;
using Monitor.Analysis.Accounts;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>Reads what the account rules need for a set of accounts at one cut-off, in two queries.</summary>
public sealed class AccountActivityLoader(AccountChecker checker)
{
    public async Task<IReadOnlyList<AccountActivity>> LoadAsync(MonitorDbContext db, IReadOnlyList<GovAccount> accounts, DateTime cutoffUtc, CancellationToken ct)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var days = accounts.Select(a => checker.LongestWindowDays(a.RegionCode)).DefaultIfEmpty(0).Max();
        var start = cutoffUtc.AddDays(-days);
        var posts = (await db.Posts.AsNoTracking()
                .Where(p => ids.Contains(p.AccountId) && p.PublishedAtUtc >= start && p.PublishedAtUtc < cutoffUtc)
                .Select(p => new { p.AccountId, p.PublishedAtUtc, p.IsOriginal, p.IsPinned, p.IsDeleted })
                .ToListAsync(ct))
            .ToLookup(p => p.AccountId, p => new ActivityPost(p.PublishedAtUtc, p.IsOriginal, p.IsPinned, p.IsDeleted));
        var latest = await db.Posts.AsNoTracking()
            .Where(p => ids.Contains(p.AccountId) && !p.IsPinned && !p.IsDeleted && p.PublishedAtUtc < cutoffUtc)
            .GroupBy(p => p.AccountId)
            .Select(g => new { g.Key, Latest = g.Max(p => p.PublishedAtUtc) })
            .ToDictionaryAsync(x => x.Key, x => x.Latest, ct);

        return accounts.Select(a => new AccountActivity(
                a.Id,
                a.RegionCode,
                a.IsPublishing,
                cutoffUtc,
                posts[a.Id].ToList(),
                latest.TryGetValue(a.Id, out var t) ? t : null,
                a.FetchStatus?.LastAttemptFailed ?? false,
                a.FetchStatus?.LastError,
                a.FetchStatus?.Coverage ?? Coverage.Unknown,
                a.FetchStatus?.CompleteFrom))
            .ToList();
    }
}
