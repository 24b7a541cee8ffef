using System.Text.RegularExpressions;

namespace Monitor.Sources.Weibo;

/// <summary>m.weibo.cn card → <see cref="SourcePost"/>: pinned (mblogtype 2 / proweibotop), repost (retweeted_status), dates.</summary>
internal static partial class WeiboPostMapper
{
    public static bool IsPinned(WeiboCard card) =>
        card.Mblog?.Mblogtype == 2 || card.ProfileTypeId?.StartsWith("proweibotop", StringComparison.Ordinal) == true;

    public static SourcePost Map(WeiboCard card, string? longTextHtml, DateTime nowUtc)
    {
        var mblog = card.Mblog!;
        var id = mblog.Id ?? mblog.Mid ?? throw FetchErrors.Malformed("微博", "微博缺少 id");
        var published = WeiboDates.Parse(mblog.CreatedAt, nowUtc)
            ?? throw FetchErrors.Malformed("微博", $"无法识别的发布时间“{mblog.CreatedAt}”");
        var html = StripFullTextLink(longTextHtml ?? mblog.Text ?? "");
        var text = HtmlText.ToPlain(html);
        var repost = mblog.RetweetedStatus;
        string? repostSource = null;
        if (repost is not null)
        {
            repostSource = repost.User?.ScreenName is { Length: > 0 } name ? "@" + name : "[原微博不可访问]";
            // Shown the way Weibo shows a repost chain, so inspectors read what the account put in front of readers.
            text = $"{text}\n//{repostSource}: {HtmlText.ToPlain(StripFullTextLink(repost.Text ?? ""))}";
        }
        return new SourcePost
        {
            PlatformPostId = id,
            Url = Link(mblog, card.Scheme, id),
            Text = text,
            RawHtml = html,
            PublishedAt = published,
            IsPinned = IsPinned(card),
            IsRepost = repost is not null,
            // On Weibo "original" means "not a repost" (weibo-crawler is_original = !retweet).
            IsOriginal = repost is null,
            RepostSource = repostSource,
        };
    }

    /// <summary>An official-API status: no pinned marker there; text is plain with t.cn links.</summary>
    public static SourcePost Map(WeiboStatus status, string uid, DateTime nowUtc)
    {
        var asCard = new WeiboCard(9, null, null, new WeiboMblog(status.CreatedAt, status.Idstr ?? status.Id, status.Mid, null,
            status.Text, false, 0, status.User, status.RetweetedStatus is { } r
                ? new WeiboMblog(r.CreatedAt, r.Idstr ?? r.Id, r.Mid, null, r.Text, false, 0, r.User, null)
                : null), null);
        return Map(asCard, null, nowUtc) with
        {
            Url = $"https://weibo.com/{status.User?.Id ?? uid}/{status.Mid ?? status.Idstr ?? status.Id}",
        };
    }

    private static string Link(WeiboMblog mblog, string? scheme, string id)
    {
        var bid = string.IsNullOrEmpty(mblog.Bid) ? MblogId().Match(scheme ?? "") is { Success: true } m ? m.Groups[1].Value : null : mblog.Bid;
        return bid is not null && mblog.User?.Id is { Length: > 0 } uid
            ? $"https://weibo.com/{uid}/{bid}"
            : $"https://m.weibo.cn/status/{bid ?? id}";
    }

    private static string StripFullTextLink(string html) => FullTextLink().Replace(html, "");

    [GeneratedRegex(@"mblogid=([A-Za-z0-9]+)")]
    private static partial Regex MblogId();

    [GeneratedRegex(@"<a[^>]*href=""/status/[^""]*""[^>]*>全文</a>")]
    private static partial Regex FullTextLink();
}
