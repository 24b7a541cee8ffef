using Monitor.Shared.Domain;
using Monitor.Sources;
using Monitor.Sources.Weibo;

namespace Monitor.Ingest.Tests.Sources;

public class WeiboSourceTests
{
    // 2024-06-04 10:00 in Shanghai; the window reaches back to 2024-05-21 10:00.
    private static readonly DateTime Now = new(2024, 6, 4, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static Task<SourceHarness> Given(string scenario, IDictionary<string, string?>? settings = null) =>
        SourceHarness.StartAsync("Weibo", [$"Weibo/{scenario}.json"], settings);

    private static GovAccount Account() => SourceHarness.Account(Platform.Weibo, SourceKind.Web, "1000000001");

    [Fact]
    public async Task reads_pinned_long_and_repost_posts_across_pages_and_stops_at_the_window()
    {
        await using var h = await Given("paging");

        var result = await h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now), default);

        Assert.Empty(h.Server.Unmatched);
        Assert.Equal(Coverage.Full, result.Coverage);
        Assert.Equal(["5030000000000002", "5030000000000003", "5029000000000001", "5010000000000001"],
            result.Posts.Select(p => p.PlatformPostId));

        var flood = result.Posts[0];
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 17, 46, 55, Shanghai), flood.PublishedAt);
        Assert.Contains("身份证号110101199003071233", flood.Text);
        Assert.DoesNotContain("全文", flood.Text);
        Assert.Equal("https://weibo.com/1000000001/Oc2BBBBBB", flood.Url);
        Assert.True(flood.IsOriginal);
        Assert.False(flood.IsRepost || flood.IsPinned);

        var repost = result.Posts[1];
        Assert.True(repost.IsRepost);
        Assert.False(repost.IsOriginal);
        Assert.Equal("@某省气象", repost.RepostSource);
        Assert.StartsWith("转发微博\n//@某省气象: 【省气象台发布暴雨橙色预警】", repost.Text);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 9, 12, 0, Shanghai), repost.PublishedAt);

        var holiday = result.Posts[2];
        Assert.Equal(new DateTimeOffset(2024, 5, 31, 0, 0, 0, Shanghai), holiday.PublishedAt);
        Assert.Equal("市民服务中心端午节期间正常开放。[微笑]", holiday.Text);
        Assert.Equal("https://weibo.com/1000000001/Ob1EEEEEE", holiday.Url);

        var pinned = result.Posts[3];
        Assert.True(pinned.IsPinned);
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 10, 0, 0, Shanghai), pinned.PublishedAt);

        Assert.Equal("2024-06-03T09:46:55Z|5030000000000002", result.NextCursor);
        Assert.Equal(3, h.Server.Requests.Count);
    }

    [Fact]
    public async Task long_text_falls_back_to_the_detail_page_when_extend_is_refused()
    {
        await using var h = await Given("long_text_from_detail");

        var result = await h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now), default);

        Assert.Empty(h.Server.Unmatched);
        Assert.Contains("身份证号110101199003071233", result.Posts.Single(p => p.PlatformPostId == "5030000000000002").Text);
    }

    [Fact]
    public async Task one_source_instance_serves_concurrent_fetches()
    {
        await using var h = await Given("paging");
        var source = h.Get<WeiboSource>();

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => source.FetchAsync(SourceHarness.Request(Account(), Now), default)));

        Assert.All(results, r => Assert.Equal(4, r.Posts.Count));
    }

    [Fact]
    public async Task an_account_whose_profile_shows_no_posts_is_an_empty_success()
    {
        await using var h = await Given("empty_account");

        var result = await h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now, cursor: "old"), default);

        Assert.Empty(result.Posts);
        Assert.Equal("old", result.NextCursor);
        Assert.Equal(Coverage.Full, result.Coverage);
    }

    [Fact]
    public async Task recovers_when_a_5xx_is_followed_by_an_answer()
    {
        await using var h = await Given("server_error_recovers");

        var result = await h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now), default);

        Assert.Equal(4, result.Posts.Count);
        Assert.Equal(4, h.Server.Requests.Count);
    }

    [Theory]
    [InlineData("anti_crawl_432", FetchErrorKind.AntiCrawl, 1)]
    [InlineData("anti_crawl_418", FetchErrorKind.AntiCrawl, 1)]
    [InlineData("login_required", FetchErrorKind.AntiCrawl, 1)]
    [InlineData("visitor_page", FetchErrorKind.AntiCrawl, 1)]
    [InlineData("captcha", FetchErrorKind.AntiCrawl, 1)]
    [InlineData("malformed", FetchErrorKind.MalformedResponse, 1)]
    [InlineData("rate_limited", FetchErrorKind.RateLimited, 1)]
    [InlineData("server_error_persists", FetchErrorKind.Network, 3)]
    [InlineData("deactivated", FetchErrorKind.NotFound, 2)]
    [InlineData("empty_list_but_profile_has_posts", FetchErrorKind.AntiCrawl, 2)]
    [InlineData("long_text_blocked", FetchErrorKind.AntiCrawl, 3)]
    [InlineData("second_page_blocked", FetchErrorKind.AntiCrawl, 3)]
    public async Task a_refusal_or_an_unreadable_answer_is_a_typed_failure_never_an_empty_success(
        string scenario, FetchErrorKind expected, int requests)
    {
        await using var h = await Given(scenario);

        var error = await Assert.ThrowsAsync<FetchException>(
            () => h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now), default));

        Assert.Equal(expected, error.Kind);
        Assert.StartsWith("微博（网页）：", error.Message);
        Assert.Equal(requests, h.Server.Requests.Count);
    }

    [Fact]
    public async Task an_answer_slower_than_the_timeout_is_retried_then_a_timeout_failure()
    {
        await using var h = await Given("slow", new Dictionary<string, string?> { ["Timeout"] = "00:00:00.200" });

        var error = await Assert.ThrowsAsync<FetchException>(
            () => h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now), default));

        Assert.Equal(FetchErrorKind.Timeout, error.Kind);
        Assert.Equal(3, h.Server.Requests.Count);
    }

    [Fact]
    public async Task a_platform_that_repeats_the_same_page_stops_paging()
    {
        await using var h = await Given("cursor_ignored");

        var result = await h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now), default);

        Assert.Equal(["5030000000000003"], result.Posts.Select(p => p.PlatformPostId));
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task the_settings_test_reads_the_probe_account_profile()
    {
        await using var h = await Given("empty_account", new Dictionary<string, string?> { ["ProbeUid"] = "1000000001" });

        var result = await h.Get<WeiboSource>().TestAsync(default);

        Assert.True(result.Ok, result.Message);
        Assert.Equal("微博（网页）：已读取探测账号资料（某乡发布）", result.Message);
    }

    [Fact]
    public async Task the_230413_container_pages_by_number_until_an_empty_page()
    {
        await using var h = await Given("container_230413_pages", new Dictionary<string, string?> { ["ContainerPrefix"] = "230413" });

        var result = await h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now), default);

        Assert.Empty(h.Server.Unmatched);
        Assert.Equal(["5030000000000003", "5029000000000001"], result.Posts.Select(p => p.PlatformPostId));
        Assert.Equal(Coverage.Full, result.Coverage);
    }

    [Fact]
    public async Task stopping_at_the_page_limit_inside_the_window_is_partial_coverage()
    {
        await using var h = await Given("paging", new Dictionary<string, string?> { ["MaxPages"] = "1" });

        var result = await h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now), default);

        Assert.Equal(3, result.Posts.Count);
        Assert.Equal(Coverage.Partial, result.Coverage);
    }

    [Fact]
    public async Task a_429_carries_the_platforms_retry_after()
    {
        await using var h = await Given("rate_limited");

        var error = await Assert.ThrowsAsync<FetchException>(
            () => h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now), default));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
    }

    [Fact]
    public async Task the_cookie_reaches_the_platform_but_never_a_log_or_a_message()
    {
        const string cookie = "SUB=_2A25SECRETCOOKIEVALUE; SUBP=0033WrSXqPxfM725";
        await using var h = await Given("login_required", new Dictionary<string, string?> { ["Cookie"] = cookie });

        var error = await Assert.ThrowsAsync<FetchException>(
            () => h.Get<WeiboSource>().FetchAsync(SourceHarness.Request(Account(), Now), default));
        var test = await h.Get<WeiboSource>().TestAsync(default);

        Assert.False(test.Ok);
        Assert.DoesNotContain("SECRETCOOKIE", error.Message);
        Assert.DoesNotContain("SECRETCOOKIE", test.Message);
        Assert.NotEmpty(h.Logs.Lines);
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains("SECRETCOOKIE"));
    }

    [Theory]
    [InlineData("刚刚", "2024-06-04T10:00:00+08:00")]
    [InlineData("5分钟前", "2024-06-04T09:55:00+08:00")]
    [InlineData("3小时前", "2024-06-04T07:00:00+08:00")]
    [InlineData("今天 08:05", "2024-06-04T08:05:00+08:00")]
    [InlineData("昨天 23:40", "2024-06-03T23:40:00+08:00")]
    [InlineData("05-31", "2024-05-31T00:00:00+08:00")]
    [InlineData("12-30", "2023-12-30T00:00:00+08:00")]
    [InlineData("2023-11-02", "2023-11-02T00:00:00+08:00")]
    [InlineData("Mon Jun 03 17:46:55 +0800 2024", "2024-06-03T17:46:55+08:00")]
    public void weibo_dates_resolve_against_the_fetch_time_in_shanghai(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), WeiboDates.Parse(text, Now));
    }

    [Theory]
    [InlineData("02-30")]
    [InlineData("13-01")]
    [InlineData("昨天 25:10")]
    [InlineData("很久以前")]
    [InlineData("")]
    public void an_impossible_or_unknown_weibo_date_is_not_guessed(string text)
    {
        Assert.Null(WeiboDates.Parse(text, Now));
    }
}
