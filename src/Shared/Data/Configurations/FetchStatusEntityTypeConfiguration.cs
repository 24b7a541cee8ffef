using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class FetchStatusEntityTypeConfiguration : IEntityTypeConfiguration<FetchStatus>
{
    public void Configure(EntityTypeBuilder<FetchStatus> b)
    {
        b.ToTable("fetch_status");
        b.HasKey(s => s.AccountId);
        b.Ignore(s => s.LastAttemptFailed);
        b.Property(s => s.LastError).HasMaxLength(2000);
        b.Property(s => s.Cursor).HasMaxLength(500);
    }
}
