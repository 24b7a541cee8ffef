using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class SourceCredentialEntityTypeConfiguration : IEntityTypeConfiguration<SourceCredential>
{
    public void Configure(EntityTypeBuilder<SourceCredential> b)
    {
        b.ToTable("source_credentials");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(200);
        b.Property(c => c.Origin).HasMaxLength(32);
    }
}
