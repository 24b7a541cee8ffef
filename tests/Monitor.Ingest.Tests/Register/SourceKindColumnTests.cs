using Monitor.Ingest.Register;
using Monitor.Shared.Domain;
using Monitor.Shared.Regions;

namespace Monitor.Ingest.Tests.Register;

/// <summary>The register's 接入方式 column, and what a blank one infers from 账号ID/链接.</summary>
public class SourceKindColumnTests
{
    private static readonly RegionCatalog Regions = RegionCatalog.Load();

    private static RegisterRow Row(string platform, string cell, string kind) =>
        new(2, new Dictionary<RegisterColumn, string>
        {
            [RegisterColumn.Region] = "昭通市",
            [RegisterColumn.Name] = "昭通发布",
            [RegisterColumn.Platform] = platform,
            [RegisterColumn.Code] = "530600M008WX0001",
            [RegisterColumn.Handle] = cell,
            [RegisterColumn.Status] = "运行",
            [RegisterColumn.SourceKind] = kind,
        });

    private static GovAccount Parse(string platform, string cell, string kind, List<ImportProblem>? problems = null,
        Func<Platform, string, bool>? hasCredentials = null) =>
        new RegisterRowParser(Regions, hasCredentials).Parse(Row(platform, cell, kind), problems ?? [])!;

    [Theory]
    [InlineData("官方接口", SourceKind.OfficialApi)]
    [InlineData("网页", SourceKind.Web)]
    [InlineData("订阅源", SourceKind.Feed)]
    [InlineData("文件", SourceKind.File)]
    [InlineData("OfficialApi", SourceKind.OfficialApi)]
    [InlineData("web", SourceKind.Web)]
    [InlineData("Feed", SourceKind.Feed)]
    [InlineData("FILE", SourceKind.File)]
    public void the_column_names_the_source_kind_in_chinese_or_english(string kind, SourceKind expected)
    {
        Assert.Equal(expected, Parse("微博", "1000000001", kind).SourceKind);
    }

    [Fact]
    public void an_unknown_source_kind_is_an_error_on_its_row()
    {
        var problems = new List<ImportProblem>();

        var account = new RegisterRowParser(Regions).Parse(Row("微博", "1000000001", "爬虫"), problems);

        Assert.Null(account);
        Assert.Contains(problems, p => p.IsError && p.Message.Contains("接入方式“爬虫”"));
    }

    [Fact]
    public void a_bare_wechat_app_id_is_read_through_the_official_api()
    {
        var account = Parse("微信公众号", "wx0123456789abcdef", "");

        Assert.Equal((SourceKind.OfficialApi, "wx0123456789abcdef"), (account.SourceKind, account.Handle));
    }

    [Fact]
    public void a_bare_douyin_open_id_is_read_through_the_official_api_and_a_sec_uid_is_not()
    {
        Assert.Equal(SourceKind.OfficialApi, Parse("抖音", "_000FAKEOPENID", "").SourceKind);
        Assert.Equal(SourceKind.Web, Parse("抖音", "MS4wLjABAAAAFAKEsecuid", "").SourceKind);
    }

    [Fact]
    public void a_bare_id_with_configured_credentials_is_read_through_the_official_api()
    {
        var account = Parse("微博", "1000000001", "", hasCredentials: (p, h) => p == Platform.Weibo && h == "1000000001");

        Assert.Equal(SourceKind.OfficialApi, account.SourceKind);
        Assert.Equal(SourceKind.Web, Parse("微博", "1000000002", "", hasCredentials: (_, h) => h == "1000000001").SourceKind);
    }

    [Theory]
    [InlineData("/weibo/user/1000000001", "")]
    [InlineData("/weibo/user/1000000001", "订阅源")]
    [InlineData("weibo/user/1000000001", "订阅源")]
    public void a_feed_path_is_kept_relative_to_the_bridge(string cell, string kind)
    {
        var account = Parse("微博", cell, kind);

        Assert.Equal((SourceKind.Feed, cell, (string?)null), (account.SourceKind, account.FeedUrl, account.Handle));
    }

    [Fact]
    public void a_declared_feed_keeps_the_platform_id_its_link_names()
    {
        var account = Parse("微博", "https://rsshub.example.gov.cn/weibo/user/1000000001", "订阅源");

        Assert.Equal(SourceKind.Feed, account.SourceKind);
        Assert.Equal("https://rsshub.example.gov.cn/weibo/user/1000000001", account.FeedUrl);
    }

    [Fact]
    public void a_declared_official_api_takes_the_id_out_of_a_profile_link()
    {
        var account = Parse("微博", "https://weibo.com/u/1000000001", "官方接口");

        Assert.Equal((SourceKind.OfficialApi, "1000000001", (string?)null), (account.SourceKind, account.Handle, account.FeedUrl));
    }

    [Fact]
    public void the_header_is_matched_like_the_other_columns()
    {
        Assert.Equal(RegisterColumn.SourceKind, RegisterHeaders.Match(" 接入方式 "));
    }
}
