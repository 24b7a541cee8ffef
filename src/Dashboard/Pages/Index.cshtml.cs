using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Dashboard.Charts;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Pages;

/// <summary>总览: the two-week update rule's pass rate at the latest cut-off, by region and by platform, and its trend.</summary>
public class IndexModel(MonitorDbContext db) : PageModel
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
            .Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Verdict, a.RegionName, a.Platform })
            .ToListAsync(ct);
        ByRegion = latest.GroupBy(r => r.RegionName ?? "未知").OrderBy(g => g.Key)
            .Select(g => Bar(g.Key, g.Count(r => r.Verdict == Verdict.Pass), g.Count())).ToList();
        ByPlatform = latest.GroupBy(r => r.Platform).OrderBy(g => g.Key)
            .Select(g => Bar(PlatformNames.Chinese(g.Key), g.Count(r => r.Verdict == Verdict.Pass), g.Count())).ToList();
        var trend = await db.CheckResults.Where(c => c.RuleId == MainRule && cutoffs.Contains(c.CutoffUtc))
            .GroupBy(c => c.CutoffUtc)
            .Select(g => new { Cutoff = g.Key, Pass = g.Count(c => c.Verdict == Verdict.Pass), Total = g.Count() })
            .ToListAsync(ct);
        Trend = trend.OrderBy(t => t.Cutoff)
            .Select(t => Bar(Monitor.Shared.ChinaTime.ToChina(t.Cutoff).ToString("MM-dd HH:mm"), t.Pass, t.Total)).ToList();
        Nearing = (await db.CheckResults.AsNoTracking()
                .Where(c => c.CutoffUtc == Cutoff && c.RuleId == "update.early-warning" && c.Verdict == Verdict.Warning)
                .Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { a, c.Evidence })
                .ToListAsync(ct))
            .Select(x => (x.a, x.Evidence)).ToList();
    }

    private static SvgBars.Bar Bar(string label, int pass, int total) =>
        new(label, total == 0 ? 0 : (double)pass / total, $"{pass}/{total}（{(total == 0 ? 0 : 100.0 * pass / total):0.#}%）");
}
