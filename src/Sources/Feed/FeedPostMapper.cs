using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Sources.Feed;

/// <summary>
/// Feed item → post. Feeds carry no originality marker, so <c>IsOriginal</c> is null unless the item is visibly a repost:
/// RSSHub's <c> - 转发 </c> / 🔁 for Weibo, or a 【转载】 title.
/// </summary>
internal static partial class FeedPostMapper
{
    public static SourcePost Map(FeedItem item, DateTimeOffset published)
    {
        var text = HtmlText.ToPlain(item.Html);
        var title = item.Title is null ? null : HtmlText.ToPlain(item.Title);
        var marker = RepostMarker().Match(title ?? "") is { Success: true } t ? t : RepostMarker().Match(text);
        var isRepost = marker.Success || title?.StartsWith("🔁", StringComparison.Ordinal) == true || ReprintTitle().IsMatch(title ?? "");
        return new SourcePost
        {
            PlatformPostId = item.Id ?? item.Link ?? Hash(title + "|" + published.ToString("O")),
            Url = item.Link,
            Title = title,
            Text = text,
            RawHtml = item.Html,
            PublishedAt = published,
            IsRepost = isRepost,
            IsOriginal = isRepost ? false : null,
            RepostSource = marker.Success ? marker.Groups[1].Value.Trim() : null,
        };
    }

    private static string Hash(string value) =>
        "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32].ToLowerInvariant();

    [GeneratedRegex(@"-\s转发\s+(@[^:：]+)[:：]")]
    private static partial Regex RepostMarker();

    [GeneratedRegex(@"^\s*[【\[]转载[】\]]")]
    private static partial Regex ReprintTitle();
}
