using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class PostEntityTypeConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> b)
    {
        b.ToTable("posts");
        b.Ignore(p => p.PublishedAt);
        b.Property(p => p.PlatformPostId).HasMaxLength(128);
        b.Property(p => p.Url).HasMaxLength(2000);
        b.Property(p => p.Title).HasMaxLength(1000);
        b.Property(p => p.RepostSource).HasMaxLength(200);
        b.Property(p => p.ContentHash).HasMaxLength(64);
        // The same post twice is stored once: upserts match on this key.
        b.HasIndex(p => new { p.AccountId, p.PlatformPostId }).IsUnique();
        b.HasIndex(p => new { p.AccountId, p.PublishedAtUtc });
        b.HasIndex(p => p.AnalysedAt);
        b.HasOne(p => p.Account).WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
