using Microsoft.EntityFrameworkCore;
using Monitor.Shared;
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
        await CheckScopeAsync(scope, ct);
        var cutoff = cutoffUtc ?? await LatestCutoffAsync(period, ct)
            ?? throw new ComplianceException($"{period.Title}（{period.Code}）内没有扫描结果，请先运行扫描（monitor sweep --cutoff …）或用 --cutoff 指定监测时间点");
        if (cutoffUtc is not null)
        {
            await CheckCutoffAsync(period, cutoff, ct);
        }
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

    /// <summary>
    /// A report at a cut-off nobody judged would print 实际检查0个 and look like a clean quarter; one outside the period
    /// would pass another quarter's verdicts off as this one's. Both are refused, naming the cut-offs that exist.
    /// </summary>
    private async Task CheckCutoffAsync(ReportPeriod period, DateTime cutoff, CancellationToken ct)
    {
        if (cutoff <= period.StartUtc || cutoff > period.EndUtc)
        {
            throw new ComplianceException($"监测时间点 {ChinaTime.DateAndTime(cutoff)} 不在{period.Title}（{period.Start:yyyy-MM-dd} 至 {period.End:yyyy-MM-dd}）内，" +
                "请选择该时段内的监测时间点或改变统计时段");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.CheckResults.AnyAsync(c => c.CutoffUtc == cutoff, ct))
        {
            return;
        }
        var (start, end) = (period.StartUtc, period.EndUtc);
        var existing = await db.CheckResults.Where(c => c.CutoffUtc > start && c.CutoffUtc <= end)
            .Select(c => c.CutoffUtc).Distinct().OrderByDescending(c => c).Take(10).ToListAsync(ct);
        throw new ComplianceException($"监测时间点 {ChinaTime.DateAndTime(cutoff)} 没有判定结果（该时间点没有完成的扫描），不能据此导出。" +
            (existing.Count == 0
                ? $"{period.Title}内没有任何扫描结果，请先运行扫描（monitor sweep --cutoff …）"
                : $"{period.Title}内可用的监测时间点：{string.Join("、", existing.Select(ChinaTime.DateAndTime))}"));
    }

    /// <summary>A scope that names no known region and holds no account would export an empty list as if all were well.</summary>
    private async Task CheckScopeAsync(ComplianceScope scope, CancellationToken ct)
    {
        if (scope.Prefix is not { } prefix || catalog.Find(prefix.PadRight(6, '0')) is not null)
        {
            return;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Accounts.AnyAsync(a => a.RegionCode != null && a.RegionCode.StartsWith(prefix), ct))
        {
            throw new ComplianceException($"范围 {prefix} 不是已知的行政区划代码，台账中也没有该范围的账号（省 53，市 5306，县 530621）");
        }
    }

    private static List<NonCompliantRow> ListRows(IEnumerable<AccountJudgement> judgements, Func<AccountJudgement, string> problems, RegionGrouping grouping) =>
        judgements.Select((j, i) => new NonCompliantRow(i + 1, RegionOf(j.Account, grouping), j.Account.Owner, j.Account.Name,
            j.Account.AccountCode ?? "", PlatformNames.Chinese(j.Account.Platform), problems(j),
            j.LastUpdateUtc is { } t ? Monitor.Shared.ChinaTime.Date(t) : "无发文")
        { Evidence = string.Join("\n", j.Evidence) }).ToList();

    /// <summary>
    /// The 地区/部门 cell. Where the list groups by 州/市 (a province-wide report) a county is named with its 州/市,
    /// as the seeds print 玉溪市峨山彝族自治县: 鲁甸县 alone does not say whom the notice addresses.
    /// </summary>
    internal static string RegionOf(GovAccount account, RegionGrouping grouping)
    {
        var group = grouping.GroupOf(account);
        if (string.IsNullOrWhiteSpace(account.RegionName))
        {
            return group.Name;
        }
        var countyInProvinceList = group.Key.Length == 4 && account.RegionCode is { Length: 6 } code && !code.EndsWith("00", StringComparison.Ordinal);
        return countyInProvinceList && !account.RegionName.StartsWith(group.Name, StringComparison.Ordinal) && group.Name != account.RegionName
            ? group.Name + account.RegionName
            : account.RegionName;
    }
}
