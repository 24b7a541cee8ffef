namespace Monitor.Shared.Domain;

/// <summary>The register's 接入方式 column: Chinese names (官方接口, 网页, 订阅源, 文件, 人工) and the English enum names.</summary>
public static class SourceKindNames
{
    public static string Chinese(SourceKind kind) => kind switch
    {
        SourceKind.OfficialApi => "官方接口",
        SourceKind.Web => "网页",
        SourceKind.Feed => "订阅源",
        SourceKind.File => "文件",
        _ => "人工",
    };

    /// <summary>Null when the text names no kind (the caller reports it); empty text is also null (infer the kind).</summary>
    public static SourceKind? Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0)
        {
            return null;
        }
        foreach (var kind in Enum.GetValues<SourceKind>())
        {
            if (string.Equals(t, kind.ToString(), StringComparison.OrdinalIgnoreCase) || t == Chinese(kind))
            {
                return kind;
            }
        }
        return t switch
        {
            "官方API" or "官方api" or "开放平台" or "接口" or "API" or "api" => SourceKind.OfficialApi,
            "网页接口" or "网页抓取" or "Web" => SourceKind.Web,
            "RSS" or "rss" or "订阅" or "Feed" => SourceKind.Feed,
            "供应商文件" or "文件导入" => SourceKind.File,
            "人工录入" or "手工" => SourceKind.Manual,
            _ => null,
        };
    }
}
