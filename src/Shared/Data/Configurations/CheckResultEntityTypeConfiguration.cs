using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class CheckResultEntityTypeConfiguration : IEntityTypeConfiguration<CheckResult>
{
    public void Configure(EntityTypeBuilder<CheckResult> b)
    {
        b.ToTable("check_results");
        b.Property(c => c.RuleId).HasMaxLength(100);
        b.Property(c => c.Evidence).HasMaxLength(2000);
        // One verdict per account, rule and cut-off: re-running a sweep replaces, never duplicates.
        b.HasIndex(c => new { c.AccountId, c.RuleId, c.CutoffUtc }).IsUnique();
        b.HasIndex(c => new { c.CutoffUtc, c.RuleId, c.Verdict });
        b.HasOne(c => c.Account).WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SweepRun>().WithMany().HasForeignKey(c => c.SweepRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
