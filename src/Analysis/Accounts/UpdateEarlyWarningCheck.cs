namespace Monitor.Analysis.Accounts;

/// <summary><c>update.early-warning</c>: no post for 10 days, a warning before the two-week veto.</summary>
public sealed class UpdateEarlyWarningCheck : SilenceCheck
{
    public override string RuleId => "update.early-warning";
    protected override int Days(RuleThresholds thresholds) => thresholds.EarlyWarningDays;
    protected override string Consequence => "请提醒主办单位及时更新";
}
