namespace Monitor.Shared.Domain;

/// <summary>One account rule's verdict at one cut-off, with the rule version and the evidence behind it.</summary>
public class CheckResult
{
    public long Id { get; set; }
    public long AccountId { get; set; }
    public GovAccount? Account { get; set; }
    public long? SweepRunId { get; set; }

    public required string RuleId { get; set; }
    public int RuleVersion { get; set; } = 1;
    /// <summary>监测时间点, in UTC.</summary>
    public DateTime CutoffUtc { get; set; }
    public Verdict Verdict { get; set; }
    /// <summary>Why, in Chinese (e.g. 监测时间点前14天内无更新，最后更新 2026-10-30).</summary>
    public string Evidence { get; set; } = "";
    public DateTime EvaluatedAt { get; set; }
}
