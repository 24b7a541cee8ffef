namespace Monitor.Sites.Status;

/// <summary>The stable rule ids of the website veto items (the 2019 website single-veto indicators).</summary>
public static class SiteRuleIds
{
    public const string Unreachable = "site.unreachable";
    public const string HomeStale = "site.home-stale";
    public const string ColumnStale = "site.column-stale";
    public const string BlankColumn = "site.blank-column";
    public const string InteractionOverdue = "site.interaction-overdue";

    public static readonly IReadOnlyList<string> All = [Unreachable, HomeStale, ColumnStale, BlankColumn, InteractionOverdue];

    public static string Chinese(string ruleId) => ruleId switch
    {
        Unreachable => "站点无法访问",
        HomeStale => "首页不更新",
        ColumnStale => "栏目不更新",
        BlankColumn => "空白栏目",
        InteractionOverdue => "互动回应差",
        _ => ruleId,
    };
}
