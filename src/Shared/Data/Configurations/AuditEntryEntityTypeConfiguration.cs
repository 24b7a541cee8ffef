using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class AuditEntryEntityTypeConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_log");
        b.Property(a => a.Actor).HasMaxLength(100);
        b.Property(a => a.Action).HasMaxLength(100);
        b.Property(a => a.Target).HasMaxLength(200);
        b.Property(a => a.Before).HasMaxLength(4000);
        b.Property(a => a.After).HasMaxLength(4000);
        b.HasIndex(a => a.At);
    }
}
