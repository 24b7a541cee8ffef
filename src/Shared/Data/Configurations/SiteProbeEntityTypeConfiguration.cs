using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class SiteProbeEntityTypeConfiguration : IEntityTypeConfiguration<SiteProbe>
{
    public void Configure(EntityTypeBuilder<SiteProbe> b)
    {
        b.ToTable("site_probes");
        b.Property(p => p.Error).HasMaxLength(500);
        // The verdict reads one site's week of probes; the scheduler reads each site's latest.
        b.HasIndex(p => new { p.SiteId, p.ProbedAt });
        b.HasOne<GovSite>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
