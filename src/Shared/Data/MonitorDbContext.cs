using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Data;

/// <summary>
/// The one model for both providers. Schema changes go into an EF configuration here and into a new SQL
/// migration for each provider (Data/Migrations); a test checks that the two agree.
/// </summary>
public class MonitorDbContext(DbContextOptions<MonitorDbContext> options) : DbContext(options)
{
    public DbSet<GovAccount> Accounts => Set<GovAccount>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<CheckResult> CheckResults => Set<CheckResult>();
    public DbSet<SweepRun> SweepRuns => Set<SweepRun>();
    public DbSet<SweepBatch> SweepBatches => Set<SweepBatch>();
    public DbSet<FetchStatus> FetchStatuses => Set<FetchStatus>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AllowedWord> AllowedWords => Set<AllowedWord>();
    public DbSet<RuleThresholdOverride> RuleThresholdOverrides => Set<RuleThresholdOverride>();
    public DbSet<SourceCredential> SourceCredentials => Set<SourceCredential>();
    public DbSet<GovSite> Sites => Set<GovSite>();
    public DbSet<SiteProbe> SiteProbes => Set<SiteProbe>();
    public DbSet<SiteCheck> SiteChecks => Set<SiteCheck>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MonitorDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
