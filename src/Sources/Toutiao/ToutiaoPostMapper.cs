using Monitor.Shared;
namespace Monitor.Sources.Toutiao;

/// <summary>Feed cell → post: articles (60), 微头条 (32, no title), videos (0/49); <c>is_original</c> where given; <c>origin_thread</c> = repost.</summary>
internal static class ToutiaoPostMapper
{
    public static SourcePost Map(ToutiaoItem item)
    {
        var id = item.Id ?? item.GroupId ?? throw FetchErrors.Malformed("今日头条（网页）", "条目缺少 id");
        var seconds = item.PublishTime ?? item.BehotTime ?? throw FetchErrors.Malformed("今日头条（网页）", $"条目 {id} 缺少发布时间");
        var repost = item.OriginThread is not null;
        var html = item.CommentBase?.Content ?? item.RichContent ?? item.Content ?? item.Abstract;
        var text = HtmlText.ToPlain(html);
        if (repost && item.OriginThread!.Content is { Length: > 0 } original)
        {
            text = $"{text}\n//{Source(item.OriginThread)}: {HtmlText.ToPlain(original)}";
        }
        return new SourcePost
        {
            PlatformPostId = id,
            Url = item.CellType switch
            {
                32 => $"https://www.toutiao.com/w/{id}/",
                0 or 49 => $"https://www.toutiao.com/video/{id}/",
                _ => item.ArticleUrl ?? $"https://www.toutiao.com/article/{id}/",
            },
            Title = item.CellType == 32 ? null : item.Title,
            Text = text,
            RawHtml = html,
            PublishedAt = ChinaTime.FromUnixSeconds(seconds),
            IsRepost = repost,
            IsOriginal = repost ? false : item.IsOriginal,
            RepostSource = repost ? Source(item.OriginThread!) : null,
        };
    }

    private static string Source(ToutiaoOriginThread thread) =>
        (thread.User?.Name ?? thread.User?.ScreenName) is { Length: > 0 } name ? "@" + name : "[原内容不可访问]";
}
