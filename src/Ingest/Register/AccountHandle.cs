using System.Text.RegularExpressions;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Register;

/// <summary>
/// Reads the register's 账号ID/链接 cell: a bare id, a profile link (the id is taken out of it), a feed URL or path
/// (the account is then fetched through the feed), or a vendor file path.
/// </summary>
public sealed partial record AccountHandle(string? Handle, string? FeedUrl, SourceKind SourceKind)
{
    /// <summary>
    /// Reads the cell the way the register's 接入方式 says (<paramref name="declared"/>), or infers the kind when it is blank:
    /// a link is read from the platform's web pages or, if it is not a profile link, as a feed; a path starting with
    /// <c>/</c> is a feed relative to the bridge (<c>Monitor:Connectors:Feed:BaseUrl</c>); a bare id is an official-API
    /// account when it can only be one (a WeChat AppID <c>wx…</c>, a Douyin open_id) or when credentials are configured
    /// for it, otherwise a web account.
    /// </summary>
    public static AccountHandle Parse(string? cell, Platform platform, SourceKind? declared = null,
        Func<Platform, string, bool>? hasCredentials = null)
    {
        var text = cell?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new AccountHandle(null, null, declared ?? SourceKind.Manual);
        }
        var isLink = text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var fromLink = isLink ? IdFromLink(text, platform) : null;
        switch (declared)
        {
            case SourceKind.Feed or SourceKind.File:
                return new AccountHandle(fromLink, text, declared.Value);
            case SourceKind.OfficialApi or SourceKind.Web:
                return new AccountHandle(isLink ? fromLink ?? text : text, null, declared.Value);
            case SourceKind.Manual:
                return new AccountHandle(isLink ? fromLink ?? text : text, isLink && fromLink is null ? text : null, SourceKind.Manual);
        }
        if (!isLink)
        {
            if (text.StartsWith('/'))
            {
                return new AccountHandle(null, text, SourceKind.Feed);
            }
            return new AccountHandle(text, null, IsOfficialId(text, platform) || hasCredentials?.Invoke(platform, text) == true
                ? SourceKind.OfficialApi
                : SourceKind.Web);
        }
        if (fromLink is not null && !LooksLikeFeed(new Uri(text)))
        {
            return new AccountHandle(fromLink, null, SourceKind.Web);
        }
        // Anything else that is a link is a bridge (RSSHub, wewe-rss, we-mp-rss) or a feed the office runs.
        return new AccountHandle(fromLink, text, SourceKind.Feed);
    }

    /// <summary>
    /// Ids only an official API can use: a WeChat AppID (<c>wx</c> + 16 hex digits; a web reader needs the biz instead),
    /// and a Douyin id that is not a web <c>sec_uid</c> (<c>MS4wLjABAAAA…</c>), i.e. an open platform open_id.
    /// </summary>
    public static bool IsOfficialId(string id, Platform platform) => platform switch
    {
        Platform.WeChat => WeChatAppId().IsMatch(id),
        Platform.Douyin => !id.StartsWith("MS4wLjABAAAA", StringComparison.Ordinal),
        _ => false,
    };

    private static string? IdFromLink(string text, Platform platform) => platform switch
    {
        Platform.Weibo => WeiboUid().Match(text) is { Success: true } m ? m.Groups[1].Value : null,
        Platform.Douyin => DouyinUser().Match(text) is { Success: true } m ? m.Groups[1].Value : null,
        Platform.Toutiao => ToutiaoToken().Match(text) is { Success: true } m ? m.Groups[1].Value : null,
        Platform.WeChat => WeChatBiz().Match(text) is { Success: true } m ? Uri.UnescapeDataString(m.Groups[1].Value) : null,
        _ => null,
    };

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

    [GeneratedRegex(@"^wx[0-9a-fA-F]{16}$")]
    private static partial Regex WeChatAppId();

    [GeneratedRegex(@"__biz=([A-Za-z0-9%=+/]+)")]
    private static partial Regex WeChatBiz();
}
