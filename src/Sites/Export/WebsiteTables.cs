using Monitor.Export;
using Monitor.Sites.Status;

namespace Monitor.Sites.Export;

/// <summary>
/// The website tables of a notice's 附件: per region 在运行数/问题数/合格率, and the non-compliant sites with 存在问题.
/// A site is 不合格 when any veto rule failed; unknown verdicts are not failures but are counted in a note.
/// </summary>
public static class WebsiteTables
{
    public static IReadOnlyList<ExportTable> Build(IReadOnlyList<SiteReport> reports) => [Summary(reports), NonCompliant(reports)];

    public static bool IsCompliant(SiteReport r) => !r.Verdicts.ContainsValue("fail");

    public static ExportTable Summary(IReadOnlyList<SiteReport> reports)
    {
        var rows = new List<IReadOnlyList<string>>();
        var number = 0;
        // Regions in the order of the reports (the status query sorts by region code).
        foreach (var region in reports.GroupBy(r => r.Region ?? "未填写地区"))
        {
            rows.Add(Row((++number).ToString(), region.Key, region.ToList()));
        }
        rows.Add(Row("", "合计", reports));
        var unknown = reports.Count(r => r.Verdicts.ContainsValue("unknown"));
        return new ExportTable("政府网站检查情况汇总表", ["序号", "地区/部门", "在运行数", "问题数", "合格率"], rows,
            unknown > 0 ? $"另有 {unknown} 个网站存在无法判定的项目（探测次数不足或页面无法读取），未计入问题数，请人工核实。" : null,
            new HashSet<int> { rows.Count - 1 });
    }

    public static ExportTable NonCompliant(IReadOnlyList<SiteReport> reports)
    {
        var rows = reports.Where(r => !IsCompliant(r)).Select((r, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(), r.Region ?? "", r.Owner, r.Name, r.SiteCode ?? "", r.HomeUrl, Problems(r),
        ]).ToList();
        return new ExportTable("不合格政府网站名单", ["序号", "地区/部门", "主办单位", "网站名称", "网站标识码", "首页地址", "存在问题"], rows);
    }

    /// <summary>存在问题 as the notices write it: each failed item with its evidence.</summary>
    public static string Problems(SiteReport r) =>
        string.Join("；", SiteRuleIds.All.Where(id => r.Verdicts.GetValueOrDefault(id) == "fail")
            .Select(id => $"{SiteRuleIds.Chinese(id)}：{r.Evidence.GetValueOrDefault(id)}"));

    private static IReadOnlyList<string> Row(string number, string region, IReadOnlyCollection<SiteReport> sites)
    {
        var problems = sites.Count(r => !IsCompliant(r));
        var rate = sites.Count == 0 ? "—" : $"{100.0 * (sites.Count - problems) / sites.Count:0.0}%";
        return [number, region, sites.Count.ToString(), problems.ToString(), rate];
    }
}
