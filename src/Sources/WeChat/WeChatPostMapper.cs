using System.Text.RegularExpressions;
using Monitor.Shared;

namespace Monitor.Sources.WeChat;

/// <summary>
/// freepublish items and datacube rows → posts. The official API has no 原创 field, so originality stays null unless
/// the title says 【转载】 or the article page is read.
/// </summary>
internal static partial class WeChatPostMapper
{
    public static IEnumerable<SourcePost> Map(WeChatPublishedItem item)
    {
        var news = item.Content?.NewsItem ?? [];
        for (var i = 0; i < news.Count; i++)
        {
            var n = news[i];
            var text = HtmlText.ToPlain(n.Content);
            var reprint = n.Title is not null && Reprint().IsMatch(n.Title);
            yield return new SourcePost
            {
                PlatformPostId = $"{item.ArticleId}_{i + 1}",
                Url = n.Url,
                Title = n.Title,
                Text = text,
                RawHtml = n.Content,
                PublishedAt = ChinaTime.FromUnixSeconds(item.UpdateTime),
                IsRepost = reprint,
                IsOriginal = reprint ? false : null,
                RepostSource = reprint && SourceLine().Match(text) is { Success: true } m ? m.Groups[1].Value : null,
                IsDeleted = n.IsDeleted,
            };
        }
    }

    /// <summary>
    /// A 群发 message seen only in datacube: no title or link, and only its day (midnight Shanghai, so it never looks
    /// fresher than it is).
    /// </summary>
    public static SourcePost? Map(WeChatArticleTotal row) =>
        row.Msgid is null || !DateTime.TryParse(row.RefDate, out var day)
            ? null
            : new SourcePost
            {
                PlatformPostId = "msg:" + row.Msgid,
                PublishedAt = ChinaTime.Local(day.Date),
                Text = "",
            };

    /// <summary>The <c>{mid}_{idx}</c> key of a permanent article link, which datacube's msgid is believed to share (unconfirmed).</summary>
    public static string? MessageKey(string? url) =>
        url is not null && MidIdx().Match(url) is { Success: true } m ? $"{m.Groups[1].Value}_{m.Groups[2].Value}" : null;

    [GeneratedRegex(@"^\s*[【\[]转载[】\]]")]
    private static partial Regex Reprint();

    [GeneratedRegex(@"来源[:：]\s*(\S+)")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"[?&]mid=(\d+)&idx=(\d+)")]
    private static partial Regex MidIdx();
}
