namespace Monitor.Ingest.Register;

/// <summary>
/// Matches a register's header row leniently: spaces, asterisks, brackets and full-width forms are ignored, and
/// each column has the names offices actually use. Unknown columns are ignored.
/// </summary>
public static class RegisterHeaders
{
    private static readonly (RegisterColumn Column, string[] Names)[] Aliases =
    [
        (RegisterColumn.Number, ["序号", "编号", "no"]),
        (RegisterColumn.Region, ["地区/部门", "地区部门", "地区", "部门", "所属地区", "所属地区/部门", "行政区划", "地区或部门"]),
        (RegisterColumn.Owner, ["主办单位", "开办主体", "主管单位", "运营单位", "开设单位", "责任单位"]),
        (RegisterColumn.Name, ["账号名称", "帐号名称", "政务新媒体名称", "新媒体名称", "名称", "账号"]),
        (RegisterColumn.Platform, ["平台", "平台类型", "新媒体类型", "账号类型", "类型", "所属平台"]),
        (RegisterColumn.Code, ["标识码", "政务新媒体标识码", "新媒体标识码"]),
        (RegisterColumn.Handle, ["账号id/链接", "账号id", "帐号id", "链接", "账号链接", "账号地址", "url", "id", "账号id或链接"]),
        (RegisterColumn.Status, ["状态", "运行状态", "账号状态"]),
        (RegisterColumn.SourceKind, ["接入方式", "采集方式", "数据来源", "来源类型", "sourcekind"]),
    ];

    public static RegisterColumn? Match(string? header)
    {
        var key = Normalise(header);
        if (key.Length == 0)
        {
            return null;
        }
        foreach (var (column, names) in Aliases)
        {
            if (names.Contains(key))
            {
                return column;
            }
        }
        return null;
    }

    /// <summary>Maps column index → column for a header row; the first occurrence of a column wins.</summary>
    public static Dictionary<int, RegisterColumn> Map(IReadOnlyList<string?> headers)
    {
        var map = new Dictionary<int, RegisterColumn>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (Match(headers[i]) is { } column && !map.ContainsValue(column))
            {
                map[i] = column;
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
        return new string(chars).Replace("帐", "账");
    }
}
