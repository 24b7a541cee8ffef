using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Shared.Regions;

namespace Monitor.Analysis.Compliance;

/// <summary>
/// The numbers of a 通报 for one period, scope and cut-off: the non-compliant list, the 待核实 list, the summaries
/// per region and per platform, repeat offenders and rectification against the previous period of the same length.
/// </summary>
public sealed class ComplianceQuery(IDbContextFactory<MonitorDbContext> factory, AccountJudgementLoader loader, RegionCatalog catalog)
{
    public async Task<ComplianceReport> RunAsync(ReportPeriod period, DateTime? cutoffUtc, ComplianceScope scope, CancellationToken ct)
    {
        var cutoff = cutoffUtc ?? await LatestCutoffAsync(period, ct)
            ?? throw new ComplianceException($"{period.Title}（{period.Code}）内没有扫描结果，请先运行扫描（monitor sweep --cutoff …）或用 --cutoff 指定监测时间点");
        var previousPeriod = period.Previous();
        var previousCutoff = await LatestCutoffAsync(previousPeriod, ct);

        var current = await loader.LoadAsync(period, cutoff, scope, ct);
        var previous = previousCutoff is null ? [] : await loader.LoadAsync(previousPeriod, previousCutoff, scope, ct);
        var grouping = new RegionGrouping(catalog, scope);
        var ordered = current.OrderBy(j => grouping.GroupOf(j.Account).Key, StringComparer.Ordinal)
            .ThenBy(j => j.Account.Platform).ThenBy(j => j.Account.RegionCode, StringComparer.Ordinal).ThenBy(j => j.Account.Name, StringComparer.Ordinal)
            .ThenBy(j => j.Account.Id).ToList();

        return new ComplianceReport(period, scope, grouping.ScopeName, cutoff, previousCutoff,
            ListRows(ordered.Where(j => j.Failed), j => string.Join("、", j.Problems), grouping),
            ListRows(ordered.Where(j => j.Pending), j => "待核实：" + string.Join("；", j.Unknowns), grouping),
            grouping.Summarise(current),
            RegionGrouping.ByPlatform(current),
            Tracking.RepeatOffenders(ordered, previous, grouping),
            Tracking.Rectifications(ordered, previous, grouping));
    }

    /// <summary>The latest cut-off with verdicts that falls in the period (after its start, at or before its end).</summary>
    public async Task<DateTime?> LatestCutoffAsync(ReportPeriod period, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (start, end) = (period.StartUtc, period.EndUtc);
        return await db.CheckResults.Where(c => c.CutoffUtc > start && c.CutoffUtc <= end)
            .OrderByDescending(c => c.CutoffUtc).Select(c => (DateTime?)c.CutoffUtc).FirstOrDefaultAsync(ct);
    }

    private static List<NonCompliantRow> ListRows(IEnumerable<AccountJudgement> judgements, Func<AccountJudgement, string> problems, RegionGrouping grouping) =>
        judgements.Select((j, i) => new NonCompliantRow(i + 1, RegionOf(j.Account, grouping), j.Account.Owner, j.Account.Name,
            j.Account.AccountCode ?? "", PlatformNames.Chinese(j.Account.Platform), problems(j),
            j.LastUpdateUtc is { } t ? Monitor.Shared.ChinaTime.Date(t) : "无发文")).ToList();

    internal static string RegionOf(GovAccount account, RegionGrouping grouping) =>
        string.IsNullOrWhiteSpace(account.RegionName) ? grouping.GroupOf(account).Name : account.RegionName;
}
