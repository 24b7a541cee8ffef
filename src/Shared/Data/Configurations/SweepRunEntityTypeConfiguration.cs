using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class SweepRunEntityTypeConfiguration : IEntityTypeConfiguration<SweepRun>
{
    public void Configure(EntityTypeBuilder<SweepRun> b)
    {
        b.ToTable("sweep_runs");
        b.Property(s => s.Trigger).HasMaxLength(32);
        b.Property(s => s.Errors).HasMaxLength(8000);
        b.HasIndex(s => s.StartedAt);
        // At most one unfinished sweep per cut-off: a scheduled run, "run now" and the command line resume it instead.
        b.HasIndex(s => s.CutoffUtc).IsUnique().HasFilter("state IN ('Running', 'Cancelled')").HasDatabaseName("ix_sweep_runs_unfinished_cutoff");
    }
}
