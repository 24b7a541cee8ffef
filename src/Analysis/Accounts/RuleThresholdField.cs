namespace Monitor.Analysis.Accounts;

/// <summary>
/// One threshold an administrator may set: its stored name, its label on the dashboard, its bounds, and how it reads
/// and writes a <see cref="RuleOverrides"/>. A yes/no threshold is stored as 0 or 1.
/// </summary>
public sealed record RuleThresholdField(string Name, string Label, int Min, int Max,
    Func<RuleThresholds, int> Effective, Func<RuleOverrides, int?> Get, Action<RuleOverrides, int?> Set)
{
    public bool IsYesNo => Max == 1;

    public static IReadOnlyList<RuleThresholdField> All { get; } =
    [
        new("UpdateDays", "两周更新（天）", 1, 365, t => t.UpdateDays, o => o.UpdateDays, (o, v) => o.UpdateDays = v),
        new("EarlyWarningDays", "预警（天）", 1, 365, t => t.EarlyWarningDays, o => o.EarlyWarningDays, (o, v) => o.EarlyWarningDays = v),
        new("ZombieDays", "僵尸账号（天）", 1, 3650, t => t.ZombieDays, o => o.ZombieDays, (o, v) => o.ZombieDays = v),
        new("OriginalDays", "原创（天）", 1, 365, t => t.OriginalDays, o => o.OriginalDays, (o, v) => o.OriginalDays = v),
        new("OriginalMinPosts", "原创最少篇数", 1, 1000, t => t.OriginalMinPosts, o => o.OriginalMinPosts, (o, v) => o.OriginalMinPosts = v),
        new("OriginalIsVeto", "原创不达标一票否决", 0, 1, t => t.OriginalIsVeto ? 1 : 0,
            o => o.OriginalIsVeto is { } b ? (b ? 1 : 0) : null, (o, v) => o.OriginalIsVeto = v is null ? null : v != 0),
    ];

    public static RuleThresholdField? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
