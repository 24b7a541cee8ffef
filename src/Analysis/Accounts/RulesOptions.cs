namespace Monitor.Analysis.Accounts;

/// <summary>
/// Bound to <c>Monitor:Rules</c>: the default thresholds plus overrides keyed by a region-code prefix
/// (<c>"53"</c> a province, <c>"5306"</c> a city); the longest matching prefix wins, applied over shorter ones.
/// </summary>
public sealed class RulesOptions
{
    public const string Section = "Monitor:Rules";

    public RuleOverrides Defaults { get; set; } = new();
    public Dictionary<string, RuleOverrides> Regions { get; set; } = new();

    public RuleThresholds For(string? regionCode)
    {
        var thresholds = Defaults.ApplyTo(new RuleThresholds());
        if (string.IsNullOrEmpty(regionCode))
        {
            return thresholds;
        }
        foreach (var (prefix, overrides) in Regions.Where(r => regionCode.StartsWith(r.Key, StringComparison.Ordinal)).OrderBy(r => r.Key.Length))
        {
            thresholds = overrides.ApplyTo(thresholds);
        }
        return thresholds;
    }
}
