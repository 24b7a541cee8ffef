using Microsoft.Extensions.Options;
using Monitor.Analysis.Accounts;
using Monitor.Shared.Domain;
using Monitor.Sources;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// Fetches one account through its source, if it is due and not backing off. Never throws for a source's failure:
/// anything but cancellation becomes a typed <see cref="FetchException"/>, so a failure is recorded, never read as "no posts".
/// </summary>
public sealed class AccountFetcher(PostSourceResolver sources, AccountChecker checker, IOptions<SweepOptions> options)
{
    public async Task<FetchOutcome> FetchAsync(GovAccount account, DateTime cutoffUtc, DateTime nowUtc, CancellationToken ct)
    {
        if (account.SourceKind == SourceKind.Manual)
        {
            return FetchOutcome.NotAttempted;
        }
        var status = account.FetchStatus;
        if (account.NextFetchAt > nowUtc || status?.BackoffUntil > nowUtc)
        {
            return FetchOutcome.NotAttempted;
        }
        var source = sources.Find(account);
        if (source is null)
        {
            return new FetchOutcome(null, new FetchException(FetchErrorKind.Configuration, "没有可抓取该账号的数据源（请检查平台、来源类型和账号ID）"));
        }
        // A first fetch reads the longest rule window (the zombie rule); later ones the update window plus a margin for edits.
        var days = status?.LastSuccessAt is null ? checker.LongestWindowDays(account.RegionCode) + 7 : options.Value.LookbackDays;
        var since = (cutoffUtc < nowUtc ? cutoffUtc : nowUtc).AddDays(-days);
        try
        {
            var result = await source.FetchAsync(new FetchRequest(account, status?.Cursor, since, nowUtc, cutoffUtc), ct);
            return new FetchOutcome(result, null);
        }
        catch (FetchException e)
        {
            return new FetchOutcome(null, e);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new FetchOutcome(null, new FetchException(FetchErrorKind.Unknown, $"抓取出错：{e.Message}", e));
        }
    }
}
