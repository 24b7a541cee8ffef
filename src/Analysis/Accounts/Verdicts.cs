using Monitor.Shared;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Accounts;

/// <summary>How every account rule phrases its outcome, including the one guard they all share.</summary>
internal static class Verdicts
{
    public static AccountCheckVerdict Pass(IAccountCheck rule, AccountActivity a, string evidence) =>
        new(rule.RuleId, rule.Version, a.CutoffUtc, Verdict.Pass, evidence);

    public static AccountCheckVerdict NotApplicable(IAccountCheck rule, AccountActivity a) =>
        Pass(rule, a, "非发布类（服务类）账号，不适用本项要求");

    /// <summary>A fail or warning, unless the data cannot support it: then unknown, flagged for review.</summary>
    /// <remarks>
    /// Partial coverage makes it unknown only when a post the source could not see might lie inside the rule's
    /// <paramref name="windowDays"/>: a feed that cut its old items hides nothing newer than its oldest item.
    /// </remarks>
    public static AccountCheckVerdict Adverse(IAccountCheck rule, AccountActivity a, Verdict verdict, string evidence, int? windowDays = null)
    {
        if (a.LastFetchFailed)
        {
            return new(rule.RuleId, rule.Version, a.CutoffUtc, Verdict.Unknown,
                $"最近一次抓取失败（{a.FetchError ?? "原因未知"}），无法判定；已有数据显示：{evidence}");
        }
        if (a.Coverage == Coverage.Partial && !(windowDays is { } days && a.SeesWindow(days)))
        {
            return new(rule.RuleId, rule.Version, a.CutoffUtc, Verdict.Unknown,
                $"数据源覆盖不完整（部分发文不可见），需人工复核：{evidence}");
        }
        if (a.Coverage == Coverage.Unknown)
        {
            return new(rule.RuleId, rule.Version, a.CutoffUtc, Verdict.Unknown,
                $"尚未成功抓取该账号，无法判定：{evidence}");
        }
        return new(rule.RuleId, rule.Version, a.CutoffUtc, verdict, evidence);
    }

    public static string LastUpdate(AccountActivity a) =>
        a.LatestPostUtc is { } t ? $"最后更新于{ChinaTime.Date(t)}" : "未发现任何发文";

    /// <summary>Whole calendar days in Asia/Shanghai between the latest post and the cut-off.</summary>
    public static int DaysSilent(AccountActivity a, DateTime latest) =>
        ChinaTime.ToChina(a.CutoffUtc).Date.Subtract(ChinaTime.ToChina(latest).Date).Days;
}
