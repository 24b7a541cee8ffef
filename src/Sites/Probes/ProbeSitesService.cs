using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Sites.Probes;

/// <summary>
/// Probes every active site whose slot has come. The day is cut into <see cref="SitesOptions.ProbesPerDay"/> slots and
/// each site sits at its own offset inside a slot, so probes spread over the day and sites do not all fire at once.
/// A recurring job calls <see cref="ProbeDueSitesAsync"/> every minute or so; calling it more often probes nothing twice.
/// </summary>
public sealed class ProbeSitesService(IDbContextFactory<MonitorDbContext> factory, SiteProber prober, TimeProvider time,
    IOptions<SitesOptions> options, ILogger<ProbeSitesService> logger)
{
    public async Task<int> ProbeDueSitesAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var slot = TimeSpan.FromDays(1) / Math.Max(1, options.Value.ProbesPerDay);
        await using var db = await factory.CreateDbContextAsync(ct);
        var sites = await db.Sites.AsNoTracking().Where(s => s.Status == AccountStatus.Active)
            .Select(s => new { s.Id, s.HomeUrl, Last = db.SiteProbes.Where(p => p.SiteId == s.Id).Max(p => (DateTime?)p.ProbedAt) })
            .ToListAsync(ct);
        var due = sites.Where(s => s.Last is null || SlotOf(s.Last.Value, s.Id, slot) < SlotOf(now, s.Id, slot)).ToList();
        var probes = await Task.WhenAll(due.Select(s => Uri.TryCreate(s.HomeUrl, UriKind.Absolute, out var u)
            ? prober.ProbeAsync(s.Id, u, ct)
            : Task.FromResult(new SiteProbe { SiteId = s.Id, ProbedAt = now, Error = "首页地址无效" })));
        db.SiteProbes.AddRange(probes);
        await db.SaveChangesAsync(ct);
        foreach (var failed in probes.Where(p => !p.Ok))
        {
            logger.LogInformation("Probe of site {SiteId} failed: {Error}", failed.SiteId, failed.Error);
        }
        return probes.Length;
    }

    /// <summary>The slot a moment falls in for one site: slots are shifted by a per-site offset so probes spread.</summary>
    public static long SlotOf(DateTime utc, long siteId, TimeSpan slot)
    {
        var offset = TimeSpan.FromTicks((long)((ulong)(siteId * 2654435761L) % (ulong)slot.Ticks));
        return (utc.Ticks - offset.Ticks) / slot.Ticks;
    }
}
