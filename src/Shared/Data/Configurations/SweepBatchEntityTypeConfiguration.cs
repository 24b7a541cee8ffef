using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class SweepBatchEntityTypeConfiguration : IEntityTypeConfiguration<SweepBatch>
{
    public void Configure(EntityTypeBuilder<SweepBatch> b)
    {
        b.ToTable("sweep_batches");
        b.Property(s => s.ClaimedBy).HasMaxLength(200);
        b.HasIndex(s => new { s.SweepRunId, s.Number }).IsUnique();
        // Claiming looks for the next pending or expired batch of a run.
        b.HasIndex(s => new { s.SweepRunId, s.State });
        b.HasOne<SweepRun>().WithMany().HasForeignKey(s => s.SweepRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
