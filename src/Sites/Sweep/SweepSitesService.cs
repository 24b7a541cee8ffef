using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Sites.Probes;
using Monitor.Sites.Status;

namespace Monitor.Sites.Sweep;

/// <summary>
/// The website half of the sweep: every active site is probed once (the sweep's visit counts as a probe), swept and
/// judged at the cut-off, and its report stored (replacing an earlier one at the same cut-off). Called by
/// <c>monitor sweep</c> after the accounts, and by the daily job.
/// </summary>
public sealed class SweepSitesService(IDbContextFactory<MonitorDbContext> factory, SiteProber prober, SiteSweeper sweeper,
    TimeProvider time, IOptions<SitesOptions> options, ILogger<SweepSitesService> logger)
{
    public async Task<IReadOnlyList<SiteReport>> RunAsync(DateTime cutoffUtc, CancellationToken ct, Action<int, int>? progress = null)
    {
        List<GovSite> sites;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            sites = await db.Sites.AsNoTracking().Where(s => s.Status == AccountStatus.Active).OrderBy(s => s.Id).ToListAsync(ct);
        }
        var reports = new List<SiteReport>();
        foreach (var site in sites)
        {
            reports.Add(await SweepOneAsync(site, cutoffUtc, ct));
            progress?.Invoke(reports.Count, sites.Count);
        }
        return reports;
    }

    private async Task<SiteReport> SweepOneAsync(GovSite site, DateTime cutoffUtc, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (Uri.TryCreate(site.HomeUrl, UriKind.Absolute, out var home))
        {
            db.SiteProbes.Add(await prober.ProbeAsync(site.Id, home, ct));
            await db.SaveChangesAsync(ct);
        }
        var windowStart = cutoffUtc.AddDays(-options.Value.ProbeWindowDays);
        var probes = await db.SiteProbes.AsNoTracking().Where(p => p.SiteId == site.Id && p.ProbedAt >= windowStart && p.ProbedAt < cutoffUtc).ToListAsync(ct);
        SiteReport report;
        try
        {
            report = await sweeper.SweepAsync(site, probes, cutoffUtc, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Sweep of site {SiteId} failed", site.Id);
            report = sweeper.Failed(site, probes, cutoffUtc, $"读取失败：{ex.Message}");
        }

        var json = JsonSerializer.Serialize(report, SitesJson.Options);
        var existing = await db.SiteChecks.SingleOrDefaultAsync(c => c.SiteId == site.Id && c.CutoffUtc == cutoffUtc, ct);
        if (existing is null)
        {
            existing = new SiteCheck { SiteId = site.Id, CutoffUtc = cutoffUtc };
            db.SiteChecks.Add(existing);
        }
        existing.EvaluatedAt = time.GetUtcNow().UtcDateTime;
        existing.Failed = report.Verdicts.Count(v => v.Value == "fail");
        existing.ReportJson = json;
        await db.SaveChangesAsync(ct);
        return report;
    }
}
