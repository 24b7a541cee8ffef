using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.EndToEnd;

/// <summary>
/// An office's whole path through the command line: an xlsx register (one account of every source kind, credentials
/// only in configuration) → <c>accounts import</c> → <c>sweep --cutoff</c> at a back-dated cut-off →
/// <c>accounts status --format json</c>, against a fake platform on 127.0.0.1 that is busy once, rotates refresh
/// tokens, pins old posts, serves GMT and zone-less feed dates and pages towards the end of every list.
/// </summary>
public class RegisterToStatusTests
{
    private const string AppId = "wx0123456789abcdef";
    private const string OpenId = "_000FAKEOPENID";
    private static readonly string[] Header = ["序号", "地区/部门", "主办单位", "账号名称", "平台", "标识码", "账号ID/链接", "状态", "接入方式"];

    private static Dictionary<string, string> Connectors(FakePlatformServer server)
    {
        var settings = new Dictionary<string, string>();
        foreach (var name in new[] { "WeChat", "Weibo", "WeiboOfficial", "Douyin", "Toutiao", "Feed" })
        {
            settings[$"Monitor:Connectors:{name}:BaseUrl"] = server.BaseUrl.ToString();
            settings[$"Monitor:Connectors:{name}:RetryDelay"] = "00:00:00.020";
            settings[$"Monitor:Connectors:{name}:PermitsPerSecond"] = "0";
        }
        settings["Monitor:Connectors:WeChat:AppSecrets:" + AppId] = "SECRET_APP_E2E_0123456789";
        settings["Monitor:Connectors:WeChat:DatacubeDaysPerCall"] = "31";
        settings["Monitor:Connectors:Douyin:ClientKey"] = "ck_e2e";
        settings["Monitor:Connectors:Douyin:ClientSecret"] = "cs_e2e_0123456789";
        settings["Monitor:Connectors:Douyin:RefreshTokens:" + OpenId] = "rft.E2E_CONFIGURED";
        return settings;
    }

    private static string Register(params string[][] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), "monitor-register-" + Guid.NewGuid().ToString("N")[..8] + ".xlsx");
        TestXlsx.Write(path, rows.Prepend(Header).ToList());
        return path;
    }

    private static Dictionary<string, JsonElement> ByCode(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("accountCode").GetString()!);

    private static void AssertAccount(Dictionary<string, JsonElement> status, string code, string sourceKind, string latest,
        int posts, int originals, string twoWeek, string originalTwoWeek)
    {
        var a = status[code];
        Assert.True(a.GetProperty("fetch").GetString() is "ok" or "partial", $"{code}: {a}");
        Assert.Equal(sourceKind, a.GetProperty("sourceKind").GetString());
        Assert.Equal(DateTimeOffset.Parse(latest), a.GetProperty("latestPostAt").GetDateTimeOffset());
        Assert.Equal(posts, a.GetProperty("postsInWindow").GetInt32());
        Assert.Equal(originals, a.GetProperty("originalPostsInWindow").GetInt32());
        Assert.Equal(twoWeek, a.GetProperty("verdicts").GetProperty("update.two-week").GetString());
        Assert.Equal(originalTwoWeek, a.GetProperty("verdicts").GetProperty("original.two-week").GetString());
    }

    [DbFact]
    public async Task every_source_kind_registered_from_an_xlsx_register_is_read_by_one_back_dated_sweep(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var server = await FakePlatformServer.FromFixturesAsync("EndToEnd/every_kind.json", "Weibo/paging.json",
            "Toutiao/paging.json", "Feed/rsshub_weibo.json", "Feed/we_mp_rss_naive_dates.json");
        var cli = new MonitorCli(db, Connectors(server));
        var vendorFile = FakeExchangeFile.FixturePath("EndToEnd/vendor_posts.jsonl");
        var register = Register(
            ["1", "昭通市", "昭通市应急管理局", "昭通应急", "微信公众号", "530600M008WX0001", AppId, "运行", ""],
            ["2", "昭通市", "昭通市公安局交警支队", "昭通交警", "抖音", "530600M008DY0002", OpenId, "运行", ""],
            ["3", "昭通市", "昭通市人民政府新闻办公室", "昭通发布", "新浪微博", "530600M008XL0003", "https://weibo.com/u/1000000001", "运行", ""],
            ["4", "昭通市", "昭通市人民政府新闻办公室", "昭通发布头条号", "今日头条", "530600M008TT0004", "https://www.toutiao.com/c/user/token/MS4wLjABAAAAFAKE/", "运行", ""],
            ["5", "鲁甸县", "鲁甸县人民政府办公室", "鲁甸发布", "新浪微博", "530621M008XL0005", "/weibo/user/1000000001", "运行", "订阅源"],
            ["6", "鲁甸县", "鲁甸县公安局", "平安鲁甸", "微信公众号", "530621M008WX0006", server.BaseUrl + "rss/MP_WXS_3000000001", "运行", "Feed"],
            ["7", "盐津县", "盐津县人民政府办公室", "盐津发布", "今日头条", "530623M008TT0007", vendorFile, "运行", "文件"]);

        var import = await cli.RunAsync("accounts", "import", register);
        Assert.True(import.ExitCode == 0, import.Stdout + import.Stderr);
        var list = await cli.RunAsync("accounts", "list", "--format", "tsv");
        Assert.Contains($"{AppId}\t运行\t官方接口", list.Stdout);
        Assert.Contains($"{OpenId}\t运行\t官方接口", list.Stdout);
        Assert.Contains("/weibo/user/1000000001\t运行\t订阅源", list.Stdout);
        var sweep = await cli.RunAsync("sweep", "--cutoff", "2024-06-06");
        Assert.True(sweep.ExitCode == 0, sweep.Stdout + sweep.Stderr);
        var json = await cli.RunAsync("accounts", "status", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        var status = ByCode(json.Stdout);

        Assert.Empty(server.Unmatched);
        // WeChat: errcode -1 retried on both surfaces; the 群发 day comes from datacube, read only up to the cut-off.
        AssertAccount(status, "530600M008WX0001", "OfficialApi", "2024-06-04T00:00:00+08:00", 2, 0, "pass", "unknown");
        Assert.Equal("full", status["530600M008WX0001"].GetProperty("coverage").GetString());
        Assert.Equal(2, server.Count("/cgi-bin/freepublish/batchget"));
        Assert.InRange(server.Count("/datacube/getarticletotaldetail"), 2, 6);
        // Douyin: the pinned old video neither counts nor is the latest post.
        AssertAccount(status, "530600M008DY0002", "OfficialApi", "2024-06-05T23:06:40+08:00", 1, 0, "pass", "unknown");
        AssertAccount(status, "530600M008XL0003", "Web", "2024-06-03T17:46:55+08:00", 2, 1, "pass", "pass");
        AssertAccount(status, "530600M008TT0004", "Web", "2024-06-05T12:00:00+08:00", 4, 2, "pass", "pass");
        // RSSHub dates are GMT: 09:46:55 GMT is 17:46:55 in Beijing.
        AssertAccount(status, "530621M008XL0005", "Feed", "2024-06-03T17:46:55+08:00", 2, 0, "pass", "unknown");
        Assert.Equal("/weibo/user/1000000001", status["530621M008XL0005"].GetProperty("feed").GetString());
        // we-mp-rss dates have no zone: they are Beijing time.
        AssertAccount(status, "530621M008WX0006", "Feed", "2024-06-03T09:30:00+08:00", 2, 0, "pass", "unknown");
        AssertAccount(status, "530623M008TT0007", "File", "2024-06-04T09:00:00+08:00", 2, 1, "pass", "pass");
        Assert.All(status.Values, a => Assert.Equal(DateTimeOffset.Parse("2024-06-06T00:00:00+08:00"), a.GetProperty("cutoff").GetDateTimeOffset()));
        Assert.DoesNotContain("SECRET_APP_E2E", sweep.Stdout + sweep.Stderr + json.Stdout);
        Assert.DoesNotContain("rft.E2E", sweep.Stdout + sweep.Stderr + json.Stdout);

        // The refresh token Douyin rotated is stored encrypted, and the next process refreshes with it (the configured one is spent).
        await using (var context = db.CreateContext())
        {
            var stored = await context.SourceCredentials.SingleAsync();
            Assert.Equal("douyin.official:" + OpenId, stored.Key);
            Assert.DoesNotContain("rft.E2E", stored.ProtectedValue);
        }
        var fetch = await cli.RunAsync("sources", "fetch", "--platform", "抖音", "--kind", "OfficialApi", "--handle", OpenId, "--cutoff", "2024-06-06");
        Assert.True(fetch.ExitCode == 0, fetch.Stderr);
        Assert.Empty(server.Unmatched);
    }

    [DbFact]
    public async Task feeds_whose_newest_item_is_older_than_the_window_fail_the_two_week_rule_instead_of_staying_unknown(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var server = await FakePlatformServer.FromFixturesAsync("EndToEnd/stale_feeds.json");
        var cli = new MonitorCli(db, Connectors(server));
        var register = Register(
            ["1", "鲁甸县", "鲁甸县人民政府办公室", "鲁甸县发布", "新浪微博", "530621M008XL0011", server.BaseUrl + "weibo/user/1000000005", "运行", "订阅源"],
            ["2", "鲁甸县", "鲁甸县应急管理局", "鲁甸应急", "微信公众号", "530621M008WX0012", server.BaseUrl + "rss/MP_WXS_3000000009", "运行", ""]);

        Assert.Equal(0, (await cli.RunAsync("accounts", "import", register)).ExitCode);
        var sweep = await cli.RunAsync("sweep", "--cutoff", "2024-06-25");
        Assert.True(sweep.ExitCode == 0, sweep.Stdout + sweep.Stderr);
        var status = ByCode((await cli.RunAsync("accounts", "status", "--format", "json")).Stdout);

        Assert.Empty(server.Unmatched);
        var rsshub = status["530621M008XL0011"];
        Assert.Equal(DateTimeOffset.Parse("2024-06-04T00:30:00+08:00"), rsshub.GetProperty("latestPostAt").GetDateTimeOffset());
        Assert.Equal("fail", rsshub.GetProperty("verdicts").GetProperty("update.two-week").GetString());
        Assert.Equal("warning", rsshub.GetProperty("verdicts").GetProperty("update.early-warning").GetString());
        var weMpRss = status["530621M008WX0012"];
        Assert.Equal(DateTimeOffset.Parse("2024-06-04T07:30:00+08:00"), weMpRss.GetProperty("latestPostAt").GetDateTimeOffset());
        Assert.Equal("fail", weMpRss.GetProperty("verdicts").GetProperty("update.two-week").GetString());
        // The feeds may have cut older items, and said so: coverage stays partial, complete from the oldest item on.
        Assert.Equal("partial", weMpRss.GetProperty("coverage").GetString());
        Assert.Equal(DateTimeOffset.Parse("2024-05-20T10:00:00+08:00"), weMpRss.GetProperty("completeFrom").GetDateTimeOffset());
    }
}
