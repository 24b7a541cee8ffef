using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class PostRevisionEntityTypeConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> b)
    {
        b.ToTable("post_revisions");
        b.Property(r => r.Title).HasMaxLength(1000);
        b.Property(r => r.ContentHash).HasMaxLength(64);
        b.HasIndex(r => new { r.PostId, r.Version }).IsUnique();
        b.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
