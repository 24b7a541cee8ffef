using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Accounts;
using Monitor.Ingest.Sweep;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

public class RuleSettingsTests
{
    [DbFact]
    public async Task a_threshold_changed_in_the_database_changes_the_verdict_of_the_next_sweep_without_a_restart(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db);
        using var host = SweepHost.Build(db, source);
        var sweeps = host.Services.GetRequiredService<SweepService>();

        await sweeps.RunAsync(SweepHost.Cutoff, "test", CancellationToken.None);
        var before = await VerdictAsync(db, "quiet", "update.two-week");
        // Another process (the dashboard) shortens the window: "quiet" last posted 12 days before the cut-off.
        await using (var context = db.CreateContext())
        {
            context.RuleThresholdOverrides.AddRange(
                new RuleThresholdOverride { Name = "UpdateDays", Value = 11, UpdatedBy = "admin", UpdatedAt = DateTime.UtcNow },
                new RuleThresholdOverride { Name = "EarlyWarningDays", Value = 7, UpdatedBy = "admin", UpdatedAt = DateTime.UtcNow });
            await context.SaveChangesAsync();
        }
        await sweeps.RunAsync(SweepHost.Cutoff, "test", CancellationToken.None);

        Assert.Equal(Verdict.Pass, before);
        Assert.Equal(Verdict.Fail, await VerdictAsync(db, "quiet", "update.two-week"));
        Assert.Equal(11, host.Services.GetRequiredService<RuleSettings>().Current.For(null).UpdateDays);
    }

    [Fact]
    public void a_stored_value_replaces_the_configured_one_of_its_scope_only()
    {
        var configured = new RulesOptions { Regions = { ["53"] = new RuleOverrides { UpdateDays = 21 } } };
        var rows = new[]
        {
            new RuleThresholdOverride { Scope = "", Name = "ZombieDays", Value = 60 },
            new RuleThresholdOverride { Scope = "5306", Name = "UpdateDays", Value = 7 },
            new RuleThresholdOverride { Scope = "53", Name = "OriginalIsVeto", Value = 1 },
            new RuleThresholdOverride { Scope = "", Name = "NoSuchThreshold", Value = 3 },
        };

        var layered = RuleSettings.Layer(configured, rows);

        Assert.Equal((14, 60, false), (layered.For(null).UpdateDays, layered.For(null).ZombieDays, layered.For(null).OriginalIsVeto));
        Assert.Equal((21, 60, true), (layered.For("530100").UpdateDays, layered.For("530100").ZombieDays, layered.For("530100").OriginalIsVeto));
        Assert.Equal(7, layered.For("530602").UpdateDays);
        Assert.Null(configured.Regions["53"].OriginalIsVeto);
    }

    private static async Task<Verdict> VerdictAsync(TestDb db, string handle, string rule)
    {
        await using var context = db.CreateContext();
        return await context.CheckResults.Where(c => c.Account!.Handle == handle && c.RuleId == rule)
            .Select(c => c.Verdict).SingleAsync();
    }
}
