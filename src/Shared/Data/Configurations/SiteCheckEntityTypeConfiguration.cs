using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class SiteCheckEntityTypeConfiguration : IEntityTypeConfiguration<SiteCheck>
{
    public void Configure(EntityTypeBuilder<SiteCheck> b)
    {
        b.ToTable("site_checks");
        // One document per site and cut-off: sweeping the same cut-off again replaces it.
        b.HasIndex(c => new { c.SiteId, c.CutoffUtc }).IsUnique();
        b.HasOne<GovSite>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
