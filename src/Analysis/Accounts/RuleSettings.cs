using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Accounts;

/// <summary>
/// The account rules' thresholds: <c>Monitor:Rules</c> with the administrators' overrides from the database laid
/// over it. Every consumer reads <see cref="Current"/>; sweeps and judgements call <see cref="RefreshAsync(MonitorDbContext, CancellationToken)"/>
/// first, so a change on the dashboard reaches every process (each worker) without a restart.
/// </summary>
public sealed class RuleSettings(IOptions<RulesOptions> configured)
{
    private volatile RulesOptions? _current;

    /// <summary>What the configuration alone says.</summary>
    public RulesOptions Configured => configured.Value;

    /// <summary>The thresholds as of the last refresh (the configured ones before the first).</summary>
    public RulesOptions Current => _current ?? configured.Value;

    public async Task<RulesOptions> RefreshAsync(MonitorDbContext db, CancellationToken ct)
    {
        var rows = await db.RuleThresholdOverrides.AsNoTracking().ToListAsync(ct);
        return _current = Layer(configured.Value, rows);
    }

    /// <summary>The configured rules with each stored value replacing the one of its scope ("" the defaults, else a region prefix).</summary>
    public static RulesOptions Layer(RulesOptions configured, IEnumerable<RuleThresholdOverride> rows)
    {
        var result = new RulesOptions
        {
            Defaults = Copy(configured.Defaults),
            Regions = configured.Regions.ToDictionary(r => r.Key, r => Copy(r.Value)),
        };
        foreach (var row in rows)
        {
            if (RuleThresholdField.Find(row.Name) is not { } field)
            {
                continue; // a threshold a newer version knows about
            }
            var target = row.Scope.Length == 0 ? result.Defaults
                : result.Regions.TryGetValue(row.Scope, out var o) ? o : result.Regions[row.Scope] = new RuleOverrides();
            field.Set(target, row.Value);
        }
        return result;
    }

    private static RuleOverrides Copy(RuleOverrides o)
    {
        var copy = new RuleOverrides();
        foreach (var f in RuleThresholdField.All)
        {
            f.Set(copy, f.Get(o));
        }
        return copy;
    }
}
