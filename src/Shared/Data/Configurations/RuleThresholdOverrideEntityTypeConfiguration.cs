using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data.Configurations;

public class RuleThresholdOverrideEntityTypeConfiguration : IEntityTypeConfiguration<RuleThresholdOverride>
{
    public void Configure(EntityTypeBuilder<RuleThresholdOverride> b)
    {
        b.ToTable("rule_threshold_overrides");
        b.Property(o => o.Scope).HasMaxLength(12);
        b.Property(o => o.Name).HasMaxLength(50);
        b.Property(o => o.UpdatedBy).HasMaxLength(100);
        b.HasIndex(o => new { o.Scope, o.Name }).IsUnique();
    }
}
