using Monitor.Shared;
namespace Monitor.Sources.Douyin;

/// <summary>
/// video_list item → post. Douyin has no originality marker (null). <c>video_status</c> 2 (不适宜公开) is kept as
/// removed; 4 (审核中) is not published yet and is skipped.
/// </summary>
internal static class DouyinPostMapper
{
    public static SourcePost? Map(DouyinVideo video)
    {
        if (video.VideoStatus == 4 || string.IsNullOrEmpty(video.ItemId))
        {
            return null;
        }
        var caption = video.Title ?? "";
        return new SourcePost
        {
            PlatformPostId = video.ItemId,
            Url = video.ShareUrl,
            Title = caption.Split('\n')[0],
            Text = caption,
            PublishedAt = ChinaTime.FromUnixSeconds(video.CreateTime),
            IsPinned = video.IsTop,
            IsOriginal = null,
            IsDeleted = video.VideoStatus == 2,
        };
    }
}
