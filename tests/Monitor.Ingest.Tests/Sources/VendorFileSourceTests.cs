using Monitor.Shared.Domain;
using Monitor.Sources;
using Monitor.Sources.Files;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sources;

public class VendorFileSourceTests
{
    private static readonly DateTime Now = new(2024, 6, 7, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static async Task<FetchResult> FetchAsync(string file, Platform platform, string? code, string? handle = null)
    {
        await using var h = await SourceHarness.StartAsync("File", [],
            new Dictionary<string, string?> { ["Directory"] = FakeExchangeFile.FixturePath("Files") });
        var account = SourceHarness.Account(platform, SourceKind.File, handle, file);
        account.AccountCode = code;
        return await h.Get<PostSourceResolver>().Resolve(account).FetchAsync(SourceHarness.Request(account, Now), default);
    }

    [Fact]
    public void the_json_lines_reader_parses_a_many_account_file_with_english_or_chinese_keys()
    {
        var records = JsonLinesPostReader.ReadFile(FakeExchangeFile.FixturePath("Files/demo_posts.jsonl"));

        Assert.Equal([2, 3, 4, 5, 7], records.Select(r => r.Line));
        Assert.Equal("5306000001", records[0].AccountCode);
        Assert.Equal((Platform.Weibo, "1000000001"), (records[1].Platform!.Value, records[1].Handle!));
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 9, 12, 0, Shanghai), records[1].Post.PublishedAt);
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 10, 0, 0, Shanghai), records[2].Post.PublishedAt);
        var wechat = records[3];
        Assert.Equal((Platform.WeChat, "5306000002"), (wechat.Platform!.Value, wechat.AccountCode!));
        Assert.Equal("7376000000000000101", wechat.Post.PlatformPostId);
        Assert.Equal("请各单位提前按装排水设备。", wechat.Post.Text);
        Assert.True(wechat.Post.IsOriginal);
        Assert.Null(records[4].Post.IsOriginal);
    }

    [Fact]
    public async Task an_account_takes_the_lines_naming_it_by_code_or_by_platform_and_handle()
    {
        var result = await FetchAsync("demo_posts.jsonl", Platform.Weibo, "5306000001", "1000000001");

        Assert.Equal(["5030000000000002", "5030000000000003", "5010000000000001"], result.Posts.Select(p => p.PlatformPostId));
        Assert.True(result.Posts[1].IsRepost);
        Assert.Equal("@某省气象", result.Posts[1].RepostSource);
        Assert.True(result.Posts[2].IsPinned);
    }

    [Fact]
    public async Task posts_older_than_the_window_are_left_out()
    {
        var result = await FetchAsync("demo_posts.jsonl", Platform.WeChat, "5306000002");

        Assert.Equal(["7376000000000000101"], result.Posts.Select(p => p.PlatformPostId));
        Assert.Equal(new DateTime(2024, 6, 3, 2, 30, 0, DateTimeKind.Utc), result.Posts[0].PublishedAt.UtcDateTime);
    }

    [Fact]
    public async Task a_csv_export_with_chinese_headers_maps_flags_and_multi_line_text()
    {
        var result = await FetchAsync("vendor_export.csv", Platform.Douyin, "5306000003");

        Assert.Equal(["7376000000000000001", "7370000000000000003", "7372000000000000002"], result.Posts.Select(p => p.PlatformPostId));
        var first = result.Posts[0];
        Assert.Equal(new DateTimeOffset(2024, 6, 6, 13, 0, 0, Shanghai), first.PublishedAt);
        Assert.Equal("交警在行动，\n#高考加油", first.Text);
        Assert.Null(first.IsOriginal);
        Assert.False(first.IsRepost);
        var deleted = result.Posts[1];
        Assert.True(deleted.IsDeleted);
        Assert.True(deleted.IsRepost);
        Assert.Equal("@某省公安", deleted.RepostSource);
        Assert.True(result.Posts[2].IsPinned);
    }

    [Fact]
    public async Task a_gb18030_csv_from_excel_is_read()
    {
        var result = await FetchAsync("gbk_export.csv", Platform.WeChat, null);

        Assert.Equal("国庆假期安排的通知", Assert.Single(result.Posts).Title);
    }

    [Fact]
    public async Task a_csv_with_only_a_header_is_an_empty_success()
    {
        var result = await FetchAsync("header_only.csv", Platform.Weibo, "x");

        Assert.Empty(result.Posts);
    }

    [Theory]
    [InlineData("empty.jsonl", FetchErrorKind.MalformedResponse, "文件为空")]
    [InlineData("bad_line.jsonl", FetchErrorKind.MalformedResponse, "第 2 行：缺少发布时间")]
    [InlineData("broken_json.jsonl", FetchErrorKind.MalformedResponse, "第 2 行：不是合法的 JSON")]
    [InlineData("missing.jsonl", FetchErrorKind.NotFound, "文件不存在")]
    [InlineData("posts.txt", FetchErrorKind.Configuration, "不支持的文件类型 .txt")]
    public async Task an_unusable_file_is_a_typed_failure(string file, FetchErrorKind kind, string message)
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => FetchAsync(file, Platform.Weibo, null, "1000000001"));

        Assert.Equal(kind, error.Kind);
        Assert.Contains(message, error.Message);
    }
}
