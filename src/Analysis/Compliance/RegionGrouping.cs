using Monitor.Shared.Domain;
using Monitor.Shared.Regions;

namespace Monitor.Analysis.Compliance;

/// <summary>
/// The rows of 附件1 as the seeds group them: a province-wide report has 省直部门 and then one row per prefecture
/// (its counties included); a city report has 市直部门 and one row per county; a county report has one row.
/// </summary>
public sealed class RegionGrouping(RegionCatalog catalog, ComplianceScope scope)
{
    public string ScopeName => scope.Prefix is null ? "全部" : Name(scope.Prefix.PadRight(6, '0'), scope.Prefix);

    /// <summary>A sort key and the printed name of the group an account belongs to.</summary>
    public (string Key, string Name) GroupOf(GovAccount account)
    {
        var code = account.RegionCode;
        if (code is not { Length: 6 })
        {
            return ("~", "未标注地区");
        }
        var depth = scope.Prefix?.Length ?? 2;
        if (depth >= 6)
        {
            return (code, Name(code, code));
        }
        if (depth == 4)
        {
            return IsOwnLevel(account, RegionLevel.City, code[4..]) ? ("0", "市直部门") : (code, Name(code, code));
        }
        return IsOwnLevel(account, RegionLevel.Province, code[2..]) ? ("0", "省直部门") : (code[..4], Name(code[..4] + "00", code[..4]));
    }

    private static bool IsOwnLevel(GovAccount account, RegionLevel level, string rest) =>
        account.RegionLevel == level || rest.All(c => c == '0');

    private string Name(string code, string fallback) => catalog.Find(code)?.Name is { } name ? RegionShortName.Of(name) : fallback;

    public List<SummaryRow> Summarise(IReadOnlyList<AccountJudgement> judgements)
    {
        var rows = judgements.GroupBy(j => GroupOf(j.Account)).OrderBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key.Name, g.ToList())).ToList();
        rows.Add(Row("总计", judgements) with { IsTotal = true });
        return rows;
    }

    public static List<SummaryRow> ByPlatform(IReadOnlyList<AccountJudgement> judgements)
    {
        var rows = new[] { Platform.WeChat, Platform.Weibo, Platform.Douyin, Platform.Toutiao }
            .Concat(judgements.Select(j => j.Account.Platform).Where(p => p == Platform.Other).Distinct())
            .Select(p => Row(PlatformNames.Short(p), judgements.Where(j => j.Account.Platform == p).ToList())).ToList();
        rows.Add(Row("总计", judgements) with { IsTotal = true });
        return rows;
    }

    private static SummaryRow Row(string name, IReadOnlyCollection<AccountJudgement> group) =>
        new(name, group.Count, group.Count(j => j.Checked), group.Count(j => j.Failed));
}
