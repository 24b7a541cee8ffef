using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Sites.Status;

/// <summary>Each active site as of its latest sweep; null when no site has been swept yet.</summary>
public static class SiteStatusQuery
{
    public static async Task<IReadOnlyList<SiteReport>?> LoadAsync(MonitorDbContext db, CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking().Where(s => s.Status == AccountStatus.Active).OrderBy(s => s.RegionCode).ThenBy(s => s.Id).ToListAsync(ct);
        var latest = await db.SiteChecks.AsNoTracking()
            .Where(c => db.SiteChecks.Where(o => o.SiteId == c.SiteId).Max(o => o.CutoffUtc) == c.CutoffUtc)
            .ToDictionaryAsync(c => c.SiteId, ct);
        if (latest.Count == 0)
        {
            return null;
        }
        var reports = new List<SiteReport>();
        foreach (var site in sites)
        {
            if (latest.TryGetValue(site.Id, out var check) && JsonSerializer.Deserialize<SiteReport>(check.ReportJson, SitesJson.Options) is { } report)
            {
                reports.Add(report);
            }
        }
        return reports;
    }
}
