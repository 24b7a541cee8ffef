using Monitor.Shared.Domain;

namespace Monitor.Analysis.Accounts;

/// <summary>The shape of the warning rules: no counted post for more than some days before the cut-off.</summary>
public abstract class SilenceCheck : IAccountCheck
{
    public abstract string RuleId { get; }
    public int Version => 1;

    protected abstract int Days(RuleThresholds thresholds);

    protected abstract string Consequence { get; }

    public AccountCheckVerdict Evaluate(AccountActivity activity, RuleThresholds thresholds)
    {
        if (!activity.IsPublishing)
        {
            return Verdicts.NotApplicable(this, activity);
        }
        var days = Days(thresholds);
        if (activity.InWindow(days).Any())
        {
            return Verdicts.Pass(this, activity, $"监测时间点前{days}天内有更新，{Verdicts.LastUpdate(activity)}");
        }
        var silent = activity.LatestPostUtc is { } latest ? $"已{Verdicts.DaysSilent(activity, latest)}天未更新" : "未发现任何发文";
        return Verdicts.Adverse(this, activity, Verdict.Warning,
            $"监测时间点前{days}天内无更新（{silent}，{Verdicts.LastUpdate(activity)}），{Consequence}", days);
    }
}
