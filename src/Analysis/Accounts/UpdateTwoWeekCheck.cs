using Monitor.Shared.Domain;

namespace Monitor.Analysis.Accounts;

/// <summary><c>update.two-week</c>: a publishing account has at least one post in the 14 days before the cut-off (veto).</summary>
public sealed class UpdateTwoWeekCheck : IAccountCheck
{
    public string RuleId => "update.two-week";
    public int Version => 1;

    public AccountCheckVerdict Evaluate(AccountActivity activity, RuleThresholds thresholds)
    {
        if (!activity.IsPublishing)
        {
            return Verdicts.NotApplicable(this, activity);
        }
        var days = thresholds.UpdateDays;
        var count = activity.InWindow(days).Count();
        return count > 0
            ? Verdicts.Pass(this, activity, $"监测时间点前{days}天内更新{count}条，{Verdicts.LastUpdate(activity)}")
            : Verdicts.Adverse(this, activity, Verdict.Fail, $"监测时间点前{days}天内无更新，{Verdicts.LastUpdate(activity)}", days);
    }
}
