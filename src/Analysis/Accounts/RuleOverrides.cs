namespace Monitor.Analysis.Accounts;

/// <summary>A jurisdiction's changes to the default thresholds; unset values inherit.</summary>
public sealed class RuleOverrides
{
    public int? UpdateDays { get; set; }
    public int? EarlyWarningDays { get; set; }
    public int? ZombieDays { get; set; }
    public int? OriginalDays { get; set; }
    public int? OriginalMinPosts { get; set; }
    public bool? OriginalIsVeto { get; set; }

    public RuleThresholds ApplyTo(RuleThresholds t) => new()
    {
        UpdateDays = UpdateDays ?? t.UpdateDays,
        EarlyWarningDays = EarlyWarningDays ?? t.EarlyWarningDays,
        ZombieDays = ZombieDays ?? t.ZombieDays,
        OriginalDays = OriginalDays ?? t.OriginalDays,
        OriginalMinPosts = OriginalMinPosts ?? t.OriginalMinPosts,
        OriginalIsVeto = OriginalIsVeto ?? t.OriginalIsVeto,
    };
}
