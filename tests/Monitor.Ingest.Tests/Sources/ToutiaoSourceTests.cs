using Monitor.Shared.Domain;
using Monitor.Sources;
using Monitor.Sources.Toutiao;

namespace Monitor.Ingest.Tests.Sources;

public class ToutiaoSourceTests
{
    private static readonly DateTime Now = new(2024, 6, 6, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static Task<FetchResult> FetchAsync(SourceHarness h) =>
        h.Get<ToutiaoSource>().FetchAsync(
            SourceHarness.Request(SourceHarness.Account(Platform.Toutiao, SourceKind.Web, "MS4wLjABAAAAFAKE"), Now), default);

    [Fact]
    public async Task pages_by_max_behot_time_keeps_big_ids_exact_and_marks_originality_and_reposts()
    {
        await using var h = await SourceHarness.StartAsync("Toutiao", ["Toutiao/paging.json"]);

        var result = await FetchAsync(h);

        Assert.Empty(h.Server.Unmatched);
        Assert.Equal(["7376000000000000101", "7375000000000000102", "7374000000000000103", "7373000000000000105"],
            result.Posts.Select(p => p.PlatformPostId));
        var article = result.Posts[0];
        Assert.Equal(new DateTimeOffset(2024, 6, 5, 12, 0, 0, Shanghai), article.PublishedAt);
        Assert.Equal("我市出台支持中小企业发展十条措施", article.Title);
        Assert.True(article.IsOriginal);
        var micro = result.Posts[1];
        Assert.Null(micro.Title);
        Assert.False(micro.IsOriginal);
        Assert.Equal("https://www.toutiao.com/w/7375000000000000102/", micro.Url);
        Assert.Equal("https://www.toutiao.com/video/7374000000000000103/", result.Posts[2].Url);
        var repost = result.Posts[3];
        Assert.True(repost.IsRepost);
        Assert.False(repost.IsOriginal);
        Assert.Equal("@某市公安", repost.RepostSource);
        Assert.Equal("转发：防范电信诈骗\n//@某市公安: 警惕冒充客服退款诈骗", repost.Text);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task a_5xx_that_recovers_is_retried()
    {
        await using var h = await SourceHarness.StartAsync("Toutiao", ["Toutiao/server_error_recovers.json"]);

        var result = await FetchAsync(h);

        Assert.Equal(4, result.Posts.Count);
    }

    [Theory]
    [InlineData("empty_list", FetchErrorKind.AntiCrawl)]
    [InlineData("blocked_html", FetchErrorKind.AntiCrawl)]
    [InlineData("empty_body", FetchErrorKind.AntiCrawl)]
    [InlineData("no_data", FetchErrorKind.NotFound)]
    [InlineData("rate_limited", FetchErrorKind.RateLimited)]
    public async Task an_empty_or_refused_answer_is_a_typed_failure(string scenario, FetchErrorKind kind)
    {
        await using var h = await SourceHarness.StartAsync("Toutiao", [$"Toutiao/{scenario}.json"]);

        var error = await Assert.ThrowsAsync<FetchException>(() => FetchAsync(h));

        Assert.Equal(kind, error.Kind);
        Assert.Single(h.Server.Requests);
    }
}
