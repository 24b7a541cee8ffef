using Monitor.Shared.Domain;
using Monitor.Sources;
using Monitor.Sources.WeChat;

namespace Monitor.Ingest.Tests.Sources;

public class WeChatSourceTests
{
    private const string AppId = "wx0123456789abcdef";
    private const string AppSecret = "SECRET_APP_0123456789";
    private static readonly DateTime Now = new(2024, 6, 4, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static async Task<SourceHarness> Given(string scenario, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"AppSecrets:{AppId}"] = AppSecret,
            ["DatacubeDaysPerCall"] = "31",
        };
        foreach (var (k, v) in extra ?? [])
        {
            settings[k] = v;
        }
        return await SourceHarness.StartAsync("WeChat", [$"WeChat/{scenario}.json"], settings);
    }

    private static Task<FetchResult> FetchAsync(SourceHarness h) =>
        h.Get<WeChatSource>().FetchAsync(
            SourceHarness.Request(SourceHarness.Account(Platform.WeChat, SourceKind.OfficialApi, AppId), Now, days: 16), default);

    [Fact]
    public async Task pages_freepublish_refreshes_an_expired_token_mid_way_and_adds_mass_sent_days_from_datacube()
    {
        await using var h = await Given("paging_with_token_expiry");

        var result = await FetchAsync(h);

        Assert.Empty(h.Server.Unmatched);
        Assert.Equal(["Xq3_FAKEARTICLE01_1", "msg:2650000003_1", "Xq3_FAKEARTICLE00_1", "Xq3_FAKEARTICLE02_1", "Xq3_FAKEARTICLE02_2"],
            result.Posts.Select(p => p.PlatformPostId));
        var drill = result.Posts[0];
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 10, 30, 0, Shanghai), drill.PublishedAt);
        Assert.Equal("关于开展2024年防汛应急演练的通知", drill.Title);
        Assert.Contains("请各单位提前按装排水设备。", drill.Text);
        Assert.Null(drill.IsOriginal);
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 0, 0, 0, Shanghai), result.Posts[1].PublishedAt);
        var reprint = result.Posts[4];
        Assert.True(reprint.IsDeleted);
        Assert.True(reprint.IsRepost);
        Assert.False(reprint.IsOriginal);
        Assert.Equal("中国政府网", reprint.RepostSource);
        Assert.Equal(new DateTimeOffset(2024, 5, 20, 10, 0, 0, Shanghai), reprint.PublishedAt);
        Assert.Equal(Coverage.Full, result.Coverage);
        Assert.Equal(2, h.Server.Count("/cgi-bin/stable_token"));
    }

    [Fact]
    public async Task concurrent_fetches_share_one_cached_token()
    {
        await using var h = await Given("datacube_not_permitted");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => FetchAsync(h)));

        Assert.All(results, r => Assert.Equal(["Xq3_FAKEARTICLE01_1"], r.Posts.Select(p => p.PlatformPostId)));
        Assert.Equal(1, h.Server.Count("/cgi-bin/stable_token"));
    }

    [Fact]
    public async Task without_datacube_permission_the_coverage_is_partial()
    {
        await using var h = await Given("datacube_not_permitted");

        var result = await FetchAsync(h);

        Assert.Equal(["Xq3_FAKEARTICLE01_1"], result.Posts.Select(p => p.PlatformPostId));
        Assert.Equal(Coverage.Partial, result.Coverage);
    }

    [Fact]
    public async Task an_account_with_nothing_published_is_an_empty_success()
    {
        await using var h = await Given("empty_account");

        var result = await FetchAsync(h);

        Assert.Empty(result.Posts);
        Assert.Equal(Coverage.Full, result.Coverage);
    }

    [Fact]
    public async Task article_pages_give_the_original_marker_and_the_deleted_state()
    {
        await using var h = await SourceHarness.StartAsync("WeChat", ["WeChat/article_pages.json"], new Dictionary<string, string?>
        {
            [$"AppSecrets:{AppId}"] = AppSecret,
            ["UseDatacube"] = "false",
            ["ReadArticlePages"] = "true",
            // Article links point at mp.weixin.qq.com; the option sends them to the fake server instead.
            ["ArticleBaseUrl"] = "{server}",
        });

        var result = await FetchAsync(h);

        Assert.Empty(h.Server.Unmatched);
        Assert.True(result.Posts.Single(p => p.PlatformPostId == "Xq3_FAKEARTICLE01_1").IsOriginal);
        Assert.True(result.Posts.Single(p => p.PlatformPostId == "Xq3_FAKEARTICLE02_1").IsDeleted);
        Assert.Equal(Coverage.Partial, result.Coverage);
    }

    [Theory]
    [InlineData("token_rejected_twice", FetchErrorKind.TokenExpired)]
    [InlineData("unauthorized", FetchErrorKind.Unauthorized)]
    [InlineData("ip_not_whitelisted", FetchErrorKind.Configuration)]
    [InlineData("malformed", FetchErrorKind.MalformedResponse)]
    [InlineData("server_error_persists", FetchErrorKind.Network)]
    [InlineData("rate_limited", FetchErrorKind.RateLimited)]
    public async Task a_refusal_is_a_typed_failure(string scenario, FetchErrorKind kind)
    {
        await using var h = await Given(scenario);

        var error = await Assert.ThrowsAsync<FetchException>(() => FetchAsync(h));

        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public async Task a_rejected_token_is_refreshed_once_and_only_once()
    {
        await using var h = await Given("token_rejected_twice");

        await Assert.ThrowsAsync<FetchException>(() => FetchAsync(h));

        Assert.Equal(2, h.Server.Count("/cgi-bin/stable_token"));
        Assert.Equal(2, h.Server.Count("/cgi-bin/freepublish/batchget"));
    }

    [Theory]
    [InlineData("article_page_rate_limited", FetchErrorKind.AntiCrawl)]
    [InlineData("article_page_account_blocked", FetchErrorKind.AccountBlocked)]
    [InlineData("article_page_migrated", FetchErrorKind.NotFound)]
    public async Task an_article_page_showing_an_account_state_is_a_typed_failure(string scenario, FetchErrorKind kind)
    {
        await using var h = await SourceHarness.StartAsync("WeChat", [$"WeChat/{scenario}.json"], ArticlePageSettings());

        var error = await Assert.ThrowsAsync<FetchException>(() => FetchAsync(h));

        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public async Task a_shared_article_page_is_a_repost()
    {
        await using var h = await SourceHarness.StartAsync("WeChat", ["WeChat/article_page_shared.json"], ArticlePageSettings());

        var post = Assert.Single((await FetchAsync(h)).Posts);

        Assert.True(post.IsRepost);
        Assert.False(post.IsOriginal);
    }

    private static Dictionary<string, string?> ArticlePageSettings() => new()
    {
        [$"AppSecrets:{AppId}"] = AppSecret,
        ["UseDatacube"] = "false",
        ["ReadArticlePages"] = "true",
        ["ArticleBaseUrl"] = "{server}",
    };

    [Fact]
    public async Task the_settings_test_obtains_a_token_for_every_app()
    {
        await using var h = await Given("empty_account");

        var result = await h.Get<WeChatSource>().TestAsync(default);

        Assert.True(result.Ok, result.Message);
        Assert.Equal("微信公众号（官方接口）：1 个 AppID 均已取得 access_token", result.Message);
    }

    [Fact]
    public async Task the_settings_test_fails_without_any_app_secret()
    {
        await using var h = await SourceHarness.StartAsync("WeChat", ["WeChat/empty_account.json"]);

        var result = await h.Get<WeChatSource>().TestAsync(default);

        Assert.False(result.Ok);
        Assert.Contains("未配置任何 AppID 与 AppSecret", result.Message);
    }

    [Fact]
    public async Task the_app_secret_and_tokens_never_reach_a_message_or_a_log()
    {
        await using var h = await Given("ip_not_whitelisted");
        var error = await Assert.ThrowsAsync<FetchException>(() => FetchAsync(h));
        await using var h2 = await Given("token_rejected_twice");
        var error2 = await Assert.ThrowsAsync<FetchException>(() => FetchAsync(h2));
        var test = await h.Get<WeChatSource>().TestAsync(default);

        Assert.False(test.Ok);
        foreach (var text in new[] { error.Message, error2.Message, test.Message }.Concat(h.Logs.Lines).Concat(h2.Logs.Lines))
        {
            Assert.DoesNotContain(AppSecret, text);
            Assert.DoesNotContain("86_FAKE_TOKEN", text);
        }
        Assert.Contains("***", error.Message);
    }

    [Fact]
    public async Task system_busy_is_retried_with_back_off_and_is_a_network_failure_only_after_the_retries()
    {
        await using var h = await Given("system_busy");

        var failure = await Assert.ThrowsAsync<FetchException>(() => FetchAsync(h));

        Assert.True(failure.Kind == FetchErrorKind.Network, failure.Message);
        Assert.Contains("系统繁忙", failure.Message);
        Assert.Equal(3, h.Server.Count("/cgi-bin/freepublish/batchget"));
    }
}
