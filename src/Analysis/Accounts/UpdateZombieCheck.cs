namespace Monitor.Analysis.Accounts;

/// <summary><c>update.zombie</c>: no post for 90 days, listed for closure as a 僵尸账号.</summary>
public sealed class UpdateZombieCheck : SilenceCheck
{
    public override string RuleId => "update.zombie";
    protected override int Days(RuleThresholds thresholds) => thresholds.ZombieDays;
    protected override string Consequence => "列为僵尸账号，建议整改或关停";
}
