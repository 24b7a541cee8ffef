using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class AllowedWordEntityTypeConfiguration : IEntityTypeConfiguration<AllowedWord>
{
    public void Configure(EntityTypeBuilder<AllowedWord> b)
    {
        b.ToTable("allowed_words");
        b.Property(w => w.Word).HasMaxLength(100);
        b.Property(w => w.AddedBy).HasMaxLength(100);
        b.Property(w => w.Note).HasMaxLength(500);
        b.HasIndex(w => w.Word).IsUnique();
    }
}
