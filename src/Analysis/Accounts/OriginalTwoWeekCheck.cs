using Monitor.Shared.Domain;

namespace Monitor.Analysis.Accounts;

/// <summary>
/// <c>original.two-week</c>: at least one original (非转载) post in the 14 days before the cut-off. Veto or warning
/// by configuration; unknown when the posts in the window carry no originality marker (the source cannot tell).
/// </summary>
public sealed class OriginalTwoWeekCheck : IAccountCheck
{
    public string RuleId => "original.two-week";
    public int Version => 1;

    public AccountCheckVerdict Evaluate(AccountActivity activity, RuleThresholds thresholds)
    {
        if (!activity.IsPublishing)
        {
            return Verdicts.NotApplicable(this, activity);
        }
        var days = thresholds.OriginalDays;
        var posts = activity.InWindow(days).ToList();
        var originals = posts.Count(p => p.IsOriginal == true);
        if (originals >= thresholds.OriginalMinPosts)
        {
            return Verdicts.Pass(this, activity, $"监测时间点前{days}天内发布原创信息{originals}条");
        }
        var unmarked = posts.Count(p => p.IsOriginal is null);
        if (unmarked > 0)
        {
            return new(RuleId, Version, activity.CutoffUtc, Verdict.Unknown,
                $"监测时间点前{days}天内发文{posts.Count}条，其中{unmarked}条数据源未标注是否原创，无法判定");
        }
        var verdict = thresholds.OriginalIsVeto ? Verdict.Fail : Verdict.Warning;
        return Verdicts.Adverse(this, activity, verdict,
            $"监测时间点前{days}天内原创信息{originals}条（发文{posts.Count}条），少于{thresholds.OriginalMinPosts}条", days);
    }
}
