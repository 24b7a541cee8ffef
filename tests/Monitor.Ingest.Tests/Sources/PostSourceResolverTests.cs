using Monitor.Shared.Domain;
using Monitor.Sources;

namespace Monitor.Ingest.Tests.Sources;

public class PostSourceResolverTests
{
    [Theory]
    [InlineData(Platform.WeChat, SourceKind.OfficialApi, "wx0123", null, "wechat.official")]
    [InlineData(Platform.Weibo, SourceKind.OfficialApi, "1000000001", null, "weibo.official")]
    [InlineData(Platform.Weibo, SourceKind.Web, "1000000001", null, "weibo.web")]
    [InlineData(Platform.Douyin, SourceKind.OfficialApi, "_000open", null, "douyin.official")]
    [InlineData(Platform.Toutiao, SourceKind.Web, "MS4wLjABAAAA", null, "toutiao.web")]
    [InlineData(Platform.WeChat, SourceKind.Feed, null, "/feeds/MP_WXS_1.atom", "feed")]
    [InlineData(Platform.Douyin, SourceKind.Feed, null, "https://rsshub.example/douyin/user/MS4w", "feed")]
    [InlineData(Platform.Toutiao, SourceKind.File, null, "vendor/toutiao.csv", "file")]
    public async Task each_account_gets_the_source_for_its_platform_and_kind(Platform platform, SourceKind kind, string? handle, string? feedUrl, string key)
    {
        await using var h = await SourceHarness.StartAsync("Weibo", []);

        var source = h.Get<PostSourceResolver>().Resolve(SourceHarness.Account(platform, kind, handle, feedUrl));

        Assert.Equal(key, source.Key);
    }

    [Theory]
    [InlineData(Platform.Weibo, SourceKind.Web, null, null)]
    [InlineData(Platform.WeChat, SourceKind.Web, "MzA5OTAwMDAwMA==", null)]
    [InlineData(Platform.Weibo, SourceKind.Feed, "1000000001", null)]
    [InlineData(Platform.Weibo, SourceKind.Manual, "1000000001", null)]
    public async Task an_account_no_source_can_fetch_is_a_configuration_failure(Platform platform, SourceKind kind, string? handle, string? feedUrl)
    {
        await using var h = await SourceHarness.StartAsync("Weibo", []);

        var error = Assert.Throws<FetchException>(() => h.Get<PostSourceResolver>().Resolve(SourceHarness.Account(platform, kind, handle, feedUrl)));

        Assert.Equal(FetchErrorKind.Configuration, error.Kind);
        Assert.StartsWith("没有可用的数据源", error.Message);
    }
}
