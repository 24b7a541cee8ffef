namespace Monitor.Analysis.Accounts;

/// <summary>The numbers behind the account rules; defaults are design.md §3.</summary>
public sealed record RuleThresholds
{
    public int UpdateDays { get; init; } = 14;
    public int EarlyWarningDays { get; init; } = 10;
    public int ZombieDays { get; init; } = 90;
    public int OriginalDays { get; init; } = 14;
    public int OriginalMinPosts { get; init; } = 1;
    /// <summary>Seed 004 says 原则上 (in principle): a warning unless a jurisdiction makes it a veto.</summary>
    public bool OriginalIsVeto { get; init; }

    /// <summary>The longest window any rule reads, so one query loads every post a rule may need.</summary>
    public int LongestWindowDays => Math.Max(Math.Max(UpdateDays, EarlyWarningDays), Math.Max(ZombieDays, OriginalDays));
}
