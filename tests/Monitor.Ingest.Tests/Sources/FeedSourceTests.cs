using Monitor.Shared.Domain;
using Monitor.Sources;
using Monitor.Sources.Feed;

namespace Monitor.Ingest.Tests.Sources;

public class FeedSourceTests
{
    private static readonly DateTime Now = new(2024, 6, 4, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static async Task<FetchResult> FetchAsync(SourceHarness h, string feedUrl, Platform platform = Platform.Weibo) =>
        await h.Get<FeedSource>().FetchAsync(
            SourceHarness.Request(SourceHarness.Account(platform, SourceKind.Feed, null, feedUrl), Now), default);

    [Fact]
    public async Task rsshub_weibo_feed_gives_dated_posts_with_the_repost_marked()
    {
        await using var h = await SourceHarness.StartAsync("Feed", ["Feed/rsshub_weibo.json"]);

        var result = await FetchAsync(h, "/weibo/user/1000000001");

        Assert.Equal(["https://weibo.com/1000000001/Oc2BBBBBB", "https://weibo.com/1000000001/Oc3CCCCCC"],
            result.Posts.Select(p => p.PlatformPostId));
        var flood = result.Posts[0];
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 17, 46, 55, Shanghai), flood.PublishedAt);
        Assert.Null(flood.IsOriginal);
        Assert.False(flood.IsRepost);
        var repost = result.Posts[1];
        Assert.True(repost.IsRepost);
        Assert.False(repost.IsOriginal);
        Assert.Equal("@某省气象", repost.RepostSource);
        Assert.Contains("【省气象台发布暴雨橙色预警】", repost.Text);
        Assert.Equal(Coverage.Full, result.Coverage);
    }

    [Fact]
    public async Task we_mp_rss_dates_without_a_zone_are_shanghai_time_and_undated_items_are_skipped()
    {
        await using var h = await SourceHarness.StartAsync("Feed", ["Feed/we_mp_rss_naive_dates.json"]);

        var result = await FetchAsync(h, "/rss/MP_WXS_3000000001", Platform.WeChat);

        Assert.Equal(["https://mp.weixin.qq.com/s/FAKEshort003", "https://mp.weixin.qq.com/s/FAKEshort002"],
            result.Posts.Select(p => p.PlatformPostId));
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 9, 30, 0, Shanghai), result.Posts[0].PublishedAt);
        Assert.Equal("即日起至8月31日，市公安局在全市开展夏季治安巡防专项行动……", result.Posts[0].Text);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 20, 0, 0, Shanghai), result.Posts[1].PublishedAt);
        Assert.True(result.Posts[1].IsRepost);
        // Every item is inside the window: the feed may have cut older ones off.
        Assert.Equal(Coverage.Partial, result.Coverage);
        Assert.Contains(h.Logs.Lines, l => l.Contains("1 of 3 items have no date"));
    }

    [Fact]
    public async Task atom_uses_published_then_updated_and_reads_naive_times_as_shanghai()
    {
        await using var h = await SourceHarness.StartAsync("Feed", ["Feed/wewe_rss_atom.json"]);

        var result = await FetchAsync(h, "feeds/MP_WXS_1.atom", Platform.WeChat);

        Assert.Equal(2, result.Posts.Count);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 9, 30, 0, Shanghai), result.Posts[0].PublishedAt.ToOffset(Shanghai));
        Assert.Equal("请各单位提前按装排水设备。", result.Posts[0].Text);
        Assert.Equal("https://mp.weixin.qq.com/s/FAKEshort101", result.Posts[0].Url);
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 18, 0, 0, Shanghai), result.Posts[1].PublishedAt);
    }

    [Fact]
    public async Task json_feed_is_read_from_an_absolute_url()
    {
        await using var h = await SourceHarness.StartAsync("Feed", ["Feed/json_feed.json"]);

        var result = await FetchAsync(h, new Uri(h.Server.BaseUrl, "weibo/user/1000000001.json").ToString());

        Assert.Equal(2, result.Posts.Count);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 17, 46, 55, Shanghai), result.Posts[0].PublishedAt);
        Assert.True(result.Posts[1].IsRepost);
    }

    [Fact]
    public async Task undated_items_beside_old_ones_leave_coverage_partial_so_no_veto_is_decided_on_them()
    {
        await using var h = await SourceHarness.StartAsync("Feed", ["Feed/undated_and_old.json"]);

        var result = await FetchAsync(h, "/rss/county");

        Assert.Empty(result.Posts);
        Assert.Equal(Coverage.Partial, result.Coverage);
    }

    [Fact]
    public async Task an_empty_feed_is_an_empty_success()
    {
        await using var h = await SourceHarness.StartAsync("Feed", ["Feed/empty_feed.json"]);

        var result = await FetchAsync(h, "/weibo/user/1000000001");

        Assert.Empty(result.Posts);
    }

    [Fact]
    public async Task a_502_that_recovers_is_retried()
    {
        await using var h = await SourceHarness.StartAsync("Feed", ["Feed/recovers_after_502.json"]);

        var result = await FetchAsync(h, "/weibo/user/1000000001");

        Assert.Equal(2, result.Posts.Count);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Theory]
    [InlineData("all_undated", "/rss/x", FetchErrorKind.MalformedResponse, 1)]
    [InlineData("rsshub_error_503", "/weibo/user/1000000001", FetchErrorKind.Network, 3)]
    [InlineData("not_found", "/weibo/user/1000000001", FetchErrorKind.NotFound, 1)]
    [InlineData("html_instead_of_feed", "/weibo/user/1000000001", FetchErrorKind.MalformedResponse, 1)]
    [InlineData("truncated_xml", "/weibo/user/1000000001", FetchErrorKind.MalformedResponse, 1)]
    public async Task a_feed_that_cannot_be_read_is_a_typed_failure(string scenario, string url, FetchErrorKind expected, int requests)
    {
        await using var h = await SourceHarness.StartAsync("Feed", [$"Feed/{scenario}.json"]);

        var error = await Assert.ThrowsAsync<FetchException>(() => FetchAsync(h, url));

        Assert.Equal(expected, error.Kind);
        Assert.Equal(requests, h.Server.Requests.Count);
    }

    [Theory]
    [InlineData("Mon, 03 Jun 2024 09:46:55 GMT", "2024-06-03T09:46:55+00:00")]
    [InlineData("Mon, 03 Jun 2024 17:46:55 +0800", "2024-06-03T17:46:55+08:00")]
    [InlineData("Mon, 03 Jun 2024 09:30:00 ", "2024-06-03T09:30:00+08:00")]
    [InlineData("3 Jun 2024 09:30 CST", "2024-06-03T09:30:00+08:00")]
    [InlineData("2024-06-03T09:30:00Z", "2024-06-03T09:30:00+00:00")]
    [InlineData("2024-06-03 09:30:00", "2024-06-03T09:30:00+08:00")]
    public void feed_dates_keep_their_offset_and_default_to_shanghai(string text, string expected)
    {
        var parsed = FeedDates.Parse(text);

        Assert.Equal(DateTimeOffset.Parse(expected), parsed);
        Assert.Equal(DateTimeOffset.Parse(expected).Offset, parsed!.Value.Offset);
    }
}
