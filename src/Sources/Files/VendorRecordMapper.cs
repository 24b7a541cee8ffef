using System.Globalization;
using Monitor.Shared;
using Monitor.Shared.Domain;

namespace Monitor.Sources.Files;

/// <summary>
/// The column spec shared by the JSON-lines and CSV readers (docs/vendor-files.md): field names, their Chinese
/// aliases, and how values are read. A reader hands over a lookup by canonical name.
/// </summary>
public static class VendorRecordMapper
{
    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>
    {
        ["account_code"] = ["标识码", "账号标识码"],
        ["platform"] = ["平台"],
        ["handle"] = ["账号ID", "账号"],
        ["account_name"] = ["账号名称", "名称"],
        ["id"] = ["post_id", "发文ID", "文章ID"],
        ["url"] = ["链接", "网址"],
        ["title"] = ["标题"],
        ["text"] = ["正文", "内容"],
        ["html"] = ["正文HTML"],
        ["published_at"] = ["发布时间"],
        ["original"] = ["原创"],
        ["repost"] = ["转载", "转发"],
        ["repost_source"] = ["转载来源", "来源"],
        ["pinned"] = ["置顶"],
        ["deleted"] = ["已删除", "删除"],
    };

    public static VendorPostRecord Map(int line, Func<string, string?> field)
    {
        string? Get(string name) => field(name) is { } v && v.Trim().Length > 0 ? v.Trim() : null;
        var id = Get("id") ?? throw new VendorFileFormatException(line, "缺少发文ID（id）");
        var publishedText = Get("published_at") ?? throw new VendorFileFormatException(line, "缺少发布时间（published_at）");
        var published = ParseTime(publishedText) ?? throw new VendorFileFormatException(line, $"无法识别的发布时间“{publishedText}”");
        var platformText = Get("platform");
        var platform = PlatformNames.Parse(platformText);
        if (platformText is not null && platform is null)
        {
            throw new VendorFileFormatException(line, $"无法识别的平台“{platformText}”");
        }
        var html = Get("html");
        var post = new SourcePost
        {
            PlatformPostId = id,
            Url = Get("url"),
            Title = Get("title"),
            Text = Get("text") ?? HtmlText.ToPlain(html),
            RawHtml = html,
            PublishedAt = published,
            IsOriginal = Flag(line, "original", Get("original")),
            IsRepost = Flag(line, "repost", Get("repost")) ?? false,
            RepostSource = Get("repost_source"),
            IsPinned = Flag(line, "pinned", Get("pinned")) ?? false,
            IsDeleted = Flag(line, "deleted", Get("deleted")) ?? false,
        };
        return new VendorPostRecord(line, Get("account_code"), platform, Get("handle"), Get("account_name"), post);
    }

    /// <summary>ISO 8601 (an offset is kept; none means Shanghai), <c>yyyy-MM-dd HH:mm[:ss]</c>, or unix seconds / milliseconds.</summary>
    public static DateTimeOffset? ParseTime(string text)
    {
        if (text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            return text.Length >= 13 ? DateTimeOffset.FromUnixTimeMilliseconds(unix).ToOffset(ChinaTime.Offset) : ChinaTime.FromUnixSeconds(unix);
        }
        return ChinaTime.ParseIso(text);
    }

    private static bool? Flag(int line, string name, string? value) => value?.ToLowerInvariant() switch
    {
        null or "null" or "未知" or "unknown" => null,
        "true" or "1" or "是" or "y" or "yes" => true,
        "false" or "0" or "否" or "n" or "no" => false,
        _ => throw new VendorFileFormatException(line, $"{name} 的值“{value}”应为 是/否/true/false/1/0"),
    };
}
