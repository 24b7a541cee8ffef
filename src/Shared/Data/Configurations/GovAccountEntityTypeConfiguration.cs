using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class GovAccountEntityTypeConfiguration : IEntityTypeConfiguration<GovAccount>
{
    public void Configure(EntityTypeBuilder<GovAccount> b)
    {
        b.ToTable("accounts");
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.AccountCode).HasMaxLength(64);
        b.Property(a => a.Owner).HasMaxLength(200);
        b.Property(a => a.RegionCode).HasMaxLength(12);
        b.Property(a => a.RegionName).HasMaxLength(100);
        b.Property(a => a.Handle).HasMaxLength(200);
        b.Property(a => a.FeedUrl).HasMaxLength(1000);
        b.HasIndex(a => a.AccountCode);
        b.HasIndex(a => new { a.Platform, a.Handle });
        b.HasIndex(a => new { a.Status, a.NextFetchAt });
        b.HasIndex(a => a.RegionCode);
        b.HasOne(a => a.FetchStatus).WithOne().HasForeignKey<FetchStatus>(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
