using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Sites.Status;

namespace Monitor.Dashboard.Pages;

/// <summary>One website at its latest sweep: verdicts with evidence, probes, columns, broken links, 留言, article findings.</summary>
public class SiteModel(MonitorDbContext db) : PageModel
{
    public GovSite Site { get; private set; } = null!;
    public SiteReport? Report { get; private set; }
    public List<SiteProbe> RecentProbes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (site is null)
        {
            return NotFound();
        }
        Site = site;
        var check = await db.SiteChecks.AsNoTracking().Where(c => c.SiteId == id).OrderByDescending(c => c.CutoffUtc).FirstOrDefaultAsync(ct);
        Report = check is null ? null : System.Text.Json.JsonSerializer.Deserialize<SiteReport>(check.ReportJson, SitesJson.Options);
        RecentProbes = await db.SiteProbes.AsNoTracking().Where(p => p.SiteId == id).OrderByDescending(p => p.ProbedAt).Take(20).ToListAsync(ct);
        return Page();
    }
}
