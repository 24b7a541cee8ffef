using Monitor.Shared.Domain;

namespace Monitor.Analysis.Compliance;

/// <summary>The 存在问题 wording of the notices for a failed rule or a confirmed finding.</summary>
public static class ProblemLabels
{
    public const string NotUpdated = "内容不更新";
    public const string LowOriginality = "原创不足";

    /// <summary>The order problems are listed in, veto items first as the notices do.</summary>
    public static readonly string[] Order = [NotUpdated, "严重表述错误", "个人信息泄露", LowOriginality, "错别字", "转载未注明来源", "其他问题"];

    public static string ForRule(string ruleId) => ruleId switch
    {
        _ when ruleId.StartsWith("update.", StringComparison.Ordinal) => NotUpdated,
        _ when ruleId.StartsWith("original.", StringComparison.Ordinal) => LowOriginality,
        _ => "其他问题",
    };

    public static string ForFinding(FindingKind kind) => kind switch
    {
        FindingKind.SevereMisstatement => "严重表述错误",
        FindingKind.PersonalDataLeak => "个人信息泄露",
        FindingKind.Typo => "错别字",
        FindingKind.RepostWithoutSource => "转载未注明来源",
        _ => "其他问题",
    };

    public static int Rank(string label) => Array.IndexOf(Order, label) is var i and >= 0 ? i : Order.Length;
}
