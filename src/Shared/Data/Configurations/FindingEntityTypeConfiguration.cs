using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class FindingEntityTypeConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> b)
    {
        b.ToTable("findings");
        b.Property(f => f.RuleId).HasMaxLength(100);
        b.Property(f => f.Excerpt).HasMaxLength(1000);
        b.Property(f => f.Suggestion).HasMaxLength(500);
        b.Property(f => f.Message).HasMaxLength(1000);
        b.Property(f => f.Reviewer).HasMaxLength(100);
        b.Property(f => f.ReviewNote).HasMaxLength(2000);
        // The review queue: pending first, newest first, filtered by kind or account.
        b.HasIndex(f => new { f.ReviewStatus, f.Id });
        b.HasIndex(f => new { f.ReviewStatus, f.Kind, f.Id });
        b.HasIndex(f => new { f.AccountId, f.ReviewStatus });
        b.HasIndex(f => new { f.PostId, f.PostVersion });
        // The queue's date filter turns an end date into an id bound with it (ids grow with creation time).
        b.HasIndex(f => f.CreatedAt);
        b.HasOne(f => f.Post).WithMany().HasForeignKey(f => f.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
