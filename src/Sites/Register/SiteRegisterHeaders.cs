namespace Monitor.Sites.Register;

/// <summary>
/// Matches the website register's header row leniently, the same way the account register does: spaces, asterisks,
/// brackets and full-width forms are ignored and each column has the names offices actually use.
/// </summary>
public static class SiteRegisterHeaders
{
    private static readonly (SiteRegisterColumn Column, string[] Names)[] Aliases =
    [
        (SiteRegisterColumn.Number, ["序号", "编号", "no"]),
        (SiteRegisterColumn.Region, ["地区/部门", "地区部门", "地区", "部门", "所属地区", "所属地区/部门", "行政区划", "地区或部门"]),
        (SiteRegisterColumn.Owner, ["主办单位", "开办主体", "主管单位", "运维单位", "责任单位", "网站主办单位"]),
        (SiteRegisterColumn.Name, ["网站名称", "站点名称", "名称", "网站"]),
        (SiteRegisterColumn.Code, ["网站标识码", "标识码", "网站代码", "站点标识码"]),
        (SiteRegisterColumn.HomeUrl, ["首页地址", "首页网址", "网址", "网站地址", "域名", "首页url", "url", "网站首页", "首页链接", "网站域名"]),
        (SiteRegisterColumn.Status, ["状态", "运行状态", "网站状态"]),
    ];

    /// <summary>Maps column index → column for a header row; the first occurrence of a column wins.</summary>
    public static Dictionary<int, SiteRegisterColumn> Map(IReadOnlyList<string?> headers)
    {
        var map = new Dictionary<int, SiteRegisterColumn>();
        for (var i = 0; i < headers.Count; i++)
        {
            var key = Normalise(headers[i]);
            foreach (var (column, names) in Aliases)
            {
                if (key.Length > 0 && names.Contains(key) && !map.ContainsValue(column))
                {
                    map[i] = column;
                    break;
                }
            }
        }
        return map;
    }

    private static string Normalise(string? header)
    {
        if (header is null)
        {
            return "";
        }
        var chars = header.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant()
            .Where(c => !char.IsWhiteSpace(c) && c is not ('*' or '(' or ')' or '（' or '）' or '：' or ':' or '\\'))
            .ToArray();
        return new string(chars);
    }
}
