using Microsoft.EntityFrameworkCore;
using Monitor.Analysis.Accounts;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Review;

/// <summary>
/// Saves the thresholds an administrator set for one scope (the defaults, or a region-code prefix) with an audit
/// entry in the same unit of work. An empty value removes the stored one, so the configured value applies again.
/// </summary>
public sealed class RuleThresholdEditor(MonitorDbContext db, RuleSettings settings, AuditLog audit, TimeProvider time)
{
    public const string DefaultsLabel = "默认";

    /// <summary>Returns the outcome in Chinese and whether it was saved (false: refused, nothing written).</summary>
    public async Task<(bool Saved, string Message)> SaveAsync(string? scope, IReadOnlyDictionary<string, string?> values, string actor, CancellationToken ct)
    {
        scope = scope?.Trim() ?? "";
        if (scope.Length > 0 && (scope.Length < 2 || scope.Length > 12 || !scope.All(char.IsAsciiDigit)))
        {
            return (false, "地区代码须为 2 至 12 位数字（行政区划代码的前缀）。");
        }
        var rows = await db.RuleThresholdOverrides.ToListAsync(ct);
        var before = RuleSettings.Layer(settings.Configured, rows);
        var stored = rows.Where(r => r.Scope == scope).ToDictionary(r => r.Name);
        var wanted = new Dictionary<RuleThresholdField, int?>();
        foreach (var field in RuleThresholdField.All)
        {
            var text = values.GetValueOrDefault(field.Name)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                wanted[field] = null;
            }
            else if (int.TryParse(text, out var v) && v >= field.Min && v <= field.Max)
            {
                // A value equal to what applies without a stored one needs no row (an unchanged form stores nothing).
                wanted[field] = v == Baseline(field, scope) ? null : v;
            }
            else
            {
                return (false, field.IsYesNo ? $"“{field.Label}”只能选择“是”或“否”。" : $"“{field.Label}”须为 {field.Min} 至 {field.Max} 之间的整数。");
            }
        }
        var changed = wanted.Where(w => w.Value != (stored.TryGetValue(w.Key.Name, out var r) ? r.Value : null)).Select(w => w.Key).ToList();
        if (changed.Count == 0)
        {
            return (false, "阈值没有变化。");
        }
        var region = scope.Length == 0 ? null : scope;
        var after = rows.Where(r => r.Scope != scope || !changed.Any(f => f.Name == r.Name))
            .Concat(changed.Where(f => wanted[f] is not null).Select(f => new RuleThresholdOverride { Scope = scope, Name = f.Name, Value = wanted[f]!.Value }));
        var (old, @new) = (before.For(region), RuleSettings.Layer(settings.Configured, after).For(region));
        if (Inconsistent(@new) is { } error)
        {
            return (false, error);
        }
        Apply(scope, changed, wanted, stored, actor);
        audit.Add(actor, "rules.update", scope.Length == 0 ? DefaultsLabel : scope,
            Describe(changed, old), Describe(changed, @new));
        await db.SaveChangesAsync(ct);
        await settings.RefreshAsync(db, ct);
        return (true, $"已保存“{(scope.Length == 0 ? DefaultsLabel : scope)}”的阈值，下一次扫描起生效。");
    }

    private void Apply(string scope, List<RuleThresholdField> changed, Dictionary<RuleThresholdField, int?> wanted,
        Dictionary<string, RuleThresholdOverride> stored, string actor)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var field in changed)
        {
            var row = stored.GetValueOrDefault(field.Name);
            if (wanted[field] is not { } value)
            {
                db.RuleThresholdOverrides.Remove(row!);
                continue;
            }
            if (row is null)
            {
                db.RuleThresholdOverrides.Add(row = new RuleThresholdOverride { Scope = scope, Name = field.Name });
            }
            (row.Value, row.UpdatedBy, row.UpdatedAt) = (value, actor, now);
        }
    }

    private int? Baseline(RuleThresholdField field, string scope) => scope.Length == 0
        ? field.Effective(settings.Configured.For(null))
        : settings.Configured.Regions.TryGetValue(scope, out var o) ? field.Get(o) : null;

    private static string? Inconsistent(RuleThresholds t) =>
        t.EarlyWarningDays >= t.UpdateDays ? $"预警天数（{t.EarlyWarningDays}）须小于两周更新天数（{t.UpdateDays}）。"
        : t.ZombieDays < t.UpdateDays ? $"僵尸账号天数（{t.ZombieDays}）不得小于两周更新天数（{t.UpdateDays}）。"
        : null;

    private static string Describe(IEnumerable<RuleThresholdField> fields, RuleThresholds t) =>
        string.Join("；", fields.Select(f => $"{f.Label}={(f.IsYesNo ? (f.Effective(t) == 1 ? "是" : "否") : f.Effective(t).ToString())}"));
}
