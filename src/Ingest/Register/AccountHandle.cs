using System.Text.RegularExpressions;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Register;

/// <summary>
/// Reads the register's 账号ID/链接 cell: a bare id, a profile link (the id is taken out of it) or a feed URL
/// (the account is then fetched through the feed).
/// </summary>
public sealed partial record AccountHandle(string? Handle, string? FeedUrl, SourceKind SourceKind)
{
    public static AccountHandle Parse(string? cell, Platform platform)
    {
        var text = cell?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new AccountHandle(null, null, SourceKind.Manual);
        }
        if (!text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return new AccountHandle(text, null, SourceKind.Web);
        }
        var uri = new Uri(text);
        var fromLink = platform switch
        {
            Platform.Weibo => WeiboUid().Match(text) is { Success: true } m ? m.Groups[1].Value : null,
            Platform.Douyin => DouyinUser().Match(text) is { Success: true } m ? m.Groups[1].Value : null,
            Platform.Toutiao => ToutiaoToken().Match(text) is { Success: true } m ? m.Groups[1].Value : null,
            Platform.WeChat => WeChatBiz().Match(text) is { Success: true } m ? Uri.UnescapeDataString(m.Groups[1].Value) : null,
            _ => null,
        };
        if (fromLink is not null && !LooksLikeFeed(uri))
        {
            return new AccountHandle(fromLink, null, SourceKind.Web);
        }
        // Anything else that is a link is a bridge (RSSHub, wewe-rss, we-mp-rss) or a feed the office runs.
        return new AccountHandle(fromLink, text, SourceKind.Feed);
    }

    private static bool LooksLikeFeed(Uri uri) =>
        uri.AbsolutePath.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || uri.AbsolutePath.EndsWith(".atom", StringComparison.OrdinalIgnoreCase)
        || uri.AbsolutePath.Contains("/feeds/", StringComparison.OrdinalIgnoreCase)
        || uri.AbsolutePath.Contains("rss", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"weibo\.(?:com|cn)/(?:u/|profile/)?(\d{5,})")]
    private static partial Regex WeiboUid();

    [GeneratedRegex(@"douyin\.com/user/([A-Za-z0-9_\-]+)")]
    private static partial Regex DouyinUser();

    [GeneratedRegex(@"toutiao\.com/c/user/token/([A-Za-z0-9_\-=]+)")]
    private static partial Regex ToutiaoToken();

    [GeneratedRegex(@"__biz=([A-Za-z0-9%=+/]+)")]
    private static partial Regex WeChatBiz();
}
