using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Dashboard.Charts;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Pages;

/// <summary>总览: the two-week update rule's pass rate at the latest cut-off, by region and by platform, and its trend.</summary>
public class IndexModel(MonitorDbContext db, Monitor.Shared.Regions.RegionCatalog catalog) : PageModel
{
    public const string MainRule = "update.two-week";

    public DateTime? Cutoff { get; private set; }
    public SweepRun? LastSweep { get; private set; }
    public int Pending { get; private set; }
    public List<SvgBars.Bar> ByRegion { get; private set; } = [];
    public List<SvgBars.Bar> ByPlatform { get; private set; } = [];
    public List<SvgBars.Bar> Trend { get; private set; } = [];
    public List<(GovAccount Account, string Evidence)> Nearing { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        LastSweep = await db.SweepRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
        Pending = await db.Findings.CountAsync(f => f.ReviewStatus == ReviewStatus.Pending, ct);
        var cutoffs = await db.CheckResults.Where(c => c.RuleId == MainRule).Select(c => c.CutoffUtc).Distinct()
            .OrderByDescending(c => c).Take(8).ToListAsync(ct);
        if (cutoffs.Count == 0)
        {
            return;
        }
        Cutoff = cutoffs[0];
        var latest = await db.CheckResults.AsNoTracking().Where(c => c.CutoffUtc == Cutoff && c.RuleId == MainRule)
            .Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Verdict, a.RegionCode, a.Platform })
            .ToListAsync(ct);
        // One bar per 州/市 with its counties inside (as the notice counts them): a city's own accounts next to its
        // counties' would show 6/6 while the counties fail.
        ByRegion = latest.GroupBy(r => CityOf(r.RegionCode)).OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => Bar(g.Key.Name, g.Count(r => r.Verdict == Verdict.Pass), g.Count(),
                g.Key.Code.Length != 4 ? null : $"/Accounts?Region={g.Key.Code}&StaleOnly=true")).ToList();
        ByPlatform = latest.GroupBy(r => r.Platform).OrderBy(g => g.Key)
            .Select(g => Bar(PlatformNames.Chinese(g.Key), g.Count(r => r.Verdict == Verdict.Pass), g.Count(),
                $"/Accounts?Platform={g.Key}&StaleOnly=true")).ToList();
        var trend = await db.CheckResults.Where(c => c.RuleId == MainRule && cutoffs.Contains(c.CutoffUtc))
            .GroupBy(c => c.CutoffUtc)
            .Select(g => new { Cutoff = g.Key, Pass = g.Count(c => c.Verdict == Verdict.Pass), Total = g.Count() })
            .ToListAsync(ct);
        Trend = trend.OrderBy(t => t.Cutoff)
            .Select(t => Bar(Monitor.Shared.ChinaTime.ToChina(t.Cutoff).ToString("MM-dd HH:mm"), t.Pass, t.Total)).ToList();
        // Approaching, not already past: an account that fails the two-week rule is listed by the charts, not here.
        var past = db.CheckResults.Where(c => c.CutoffUtc == Cutoff && c.RuleId == MainRule && c.Verdict != Verdict.Pass).Select(c => c.AccountId);
        Nearing = (await db.CheckResults.AsNoTracking()
                .Where(c => c.CutoffUtc == Cutoff && c.RuleId == "update.early-warning" && c.Verdict == Verdict.Warning && !past.Contains(c.AccountId))
                .Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { a, c.Evidence })
                .ToListAsync(ct))
            .Select(x => (x.a, x.Evidence)).ToList();
    }

    /// <summary>The 州/市 an account counts under (its code's first four digits), or 省直部门 for the province's own.</summary>
    private (string Code, string Name) CityOf(string? code)
    {
        if (code is not { Length: 6 })
        {
            return ("", "未标注地区");
        }
        if (code[2..] == "0000")
        {
            return (code[..2], "省直部门");
        }
        var city = code[..4];
        return (city, catalog.Find(city + "00")?.Name is { } name ? Monitor.Analysis.Compliance.RegionShortName.Of(name) : city);
    }

    private static SvgBars.Bar Bar(string label, int pass, int total, string? link = null) =>
        new(label, total == 0 ? 0 : (double)pass / total, $"{pass}/{total}（{(total == 0 ? 0 : 100.0 * pass / total):0.#}%）", link);
}
