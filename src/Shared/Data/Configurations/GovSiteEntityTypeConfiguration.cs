using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class GovSiteEntityTypeConfiguration : IEntityTypeConfiguration<GovSite>
{
    public void Configure(EntityTypeBuilder<GovSite> b)
    {
        b.ToTable("sites");
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.SiteCode).HasMaxLength(64);
        b.Property(s => s.Owner).HasMaxLength(200);
        b.Property(s => s.RegionCode).HasMaxLength(12);
        b.Property(s => s.RegionName).HasMaxLength(100);
        b.Property(s => s.HomeUrl).HasMaxLength(1000);
        b.HasIndex(s => s.SiteCode);
        b.HasIndex(s => s.HomeUrl);
    }
}
