using Monitor.Shared.Domain;
using Monitor.Sources;
using Monitor.Sources.Douyin;

namespace Monitor.Ingest.Tests.Sources;

public class DouyinSourceTests
{
    private const string OpenId = "_000FAKEOPENID";
    private static readonly DateTime Now = new(2024, 6, 19, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static Task<SourceHarness> Given(string scenario) =>
        SourceHarness.StartAsync("Douyin", [$"Douyin/{scenario}.json"], new Dictionary<string, string?>
        {
            ["ClientKey"] = "awFAKECLIENTKEY",
            ["ClientSecret"] = "SECRET_CLIENT_0123456789",
            [$"RefreshTokens:{OpenId}"] = "rft.SECRET_REFRESH_0123",
        });

    private static Task<FetchResult> FetchAsync(SourceHarness h) =>
        h.Get<DouyinSource>().FetchAsync(
            SourceHarness.Request(SourceHarness.Account(Platform.Douyin, SourceKind.OfficialApi, OpenId), Now), default);

    [Fact]
    public async Task pages_by_cursor_keeps_the_pinned_old_video_and_refreshes_the_token_mid_way()
    {
        await using var h = await Given("paging_with_token_expiry");

        var result = await FetchAsync(h);

        Assert.Empty(h.Server.Unmatched);
        Assert.Equal(["@9VwFAKE0000001", "@9VwFAKE0000003", "@9VwFAKE0000002"], result.Posts.Select(p => p.PlatformPostId));
        Assert.Equal(new DateTimeOffset(2024, 6, 6, 13, 0, 0, Shanghai), result.Posts[0].PublishedAt);
        Assert.Equal("端午假期出行提示", result.Posts[1].Title);
        Assert.Null(result.Posts[1].IsOriginal);
        var pinned = result.Posts[2];
        Assert.True(pinned.IsPinned);
        Assert.Equal(new DateTimeOffset(2024, 5, 27, 16, 53, 20, Shanghai), pinned.PublishedAt);
        Assert.Equal("2024-06-06T05:00:00Z|@9VwFAKE0000001", result.NextCursor);
        Assert.Equal(2, h.Server.Count("/oauth/refresh_token/"));
    }

    [Fact]
    public async Task an_account_without_videos_is_an_empty_success()
    {
        await using var h = await Given("empty_account");

        var result = await FetchAsync(h);

        Assert.Empty(result.Posts);
    }

    [Fact]
    public async Task the_settings_test_refreshes_every_authorised_account()
    {
        await using var h = await Given("empty_account");

        var result = await h.Get<DouyinSource>().TestAsync(default);

        Assert.True(result.Ok, result.Message);
        Assert.Equal(1, h.Server.Count("/oauth/refresh_token/"));
    }

    [Theory]
    [InlineData("token_expired_twice", FetchErrorKind.TokenExpired)]
    [InlineData("quota_used_up", FetchErrorKind.RateLimited)]
    [InlineData("refresh_token_expired", FetchErrorKind.Unauthorized)]
    [InlineData("blocked", FetchErrorKind.AntiCrawl)]
    [InlineData("malformed", FetchErrorKind.MalformedResponse)]
    public async Task a_refusal_is_a_typed_failure_and_no_secret_shows(string scenario, FetchErrorKind kind)
    {
        await using var h = await Given(scenario);

        var error = await Assert.ThrowsAsync<FetchException>(() => FetchAsync(h));

        Assert.Equal(kind, error.Kind);
        foreach (var text in h.Logs.Lines.Append(error.Message))
        {
            Assert.DoesNotContain("SECRET", text);
            Assert.DoesNotContain("act.FAKE", text);
        }
    }
}
