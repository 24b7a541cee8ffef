using Monitor.Shared.Domain;
using Monitor.Sources;

namespace Monitor.Ingest.Tests.Sources;

public class WeiboOfficialSourceTests
{
    private const string Token = "2.00SECRET_WEIBO_TOKEN";
    private static readonly DateTime Now = new(2024, 6, 4, 2, 0, 0, DateTimeKind.Utc);

    private static async Task<(SourceHarness, Task<FetchResult>)> FetchAsync(string scenario)
    {
        var h = await SourceHarness.StartAsync("WeiboOfficial", [$"WeiboOfficial/{scenario}.json"],
            new Dictionary<string, string?> { ["AccessTokens:1000000001"] = Token });
        var account = SourceHarness.Account(Platform.Weibo, SourceKind.OfficialApi, "1000000001");
        return (h, h.Get<PostSourceResolver>().Resolve(account).FetchAsync(SourceHarness.Request(account, Now), default));
    }

    [Fact]
    public async Task reads_the_authorised_timeline_with_numeric_ids_and_reposts()
    {
        var (h, fetch) = await FetchAsync("timeline");
        await using var _ = h;

        var result = await fetch;

        Assert.Equal(["5030000000000002", "5030000000000003"], result.Posts.Select(p => p.PlatformPostId));
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 17, 46, 55, TimeSpan.FromHours(8)), result.Posts[0].PublishedAt);
        Assert.Equal("https://weibo.com/1000000001/5030000000000002", result.Posts[0].Url);
        Assert.True(result.Posts[0].IsOriginal);
        Assert.True(result.Posts[1].IsRepost);
        Assert.Equal("@某省气象", result.Posts[1].RepostSource);
    }

    [Theory]
    [InlineData("expired_token", FetchErrorKind.TokenExpired)]
    [InlineData("rate_limited", FetchErrorKind.RateLimited)]
    public async Task an_error_envelope_is_a_typed_failure_without_the_token(string scenario, FetchErrorKind kind)
    {
        var (h, fetch) = await FetchAsync(scenario);
        await using var _ = h;

        var error = await Assert.ThrowsAsync<FetchException>(() => fetch);

        Assert.Equal(kind, error.Kind);
        Assert.DoesNotContain(h.Logs.Lines.Append(error.Message), l => l.Contains("SECRET_WEIBO"));
    }
}
