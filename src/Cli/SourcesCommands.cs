using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Shared;
using Monitor.Shared.Domain;
using Monitor.Sources;

namespace Monitor.Cli;

/// <summary>
/// <c>monitor sources test</c> (every source's settings check) and <c>monitor sources fetch</c> (one account, posts as
/// JSON lines on stdout, no database): the way to try a connector against a platform or a fake server by hand.
/// </summary>
public static class SourcesCommands
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var sources = new Command("sources", "数据源：测试配置、抓取单个账号");

        var test = new Command("test", "逐个检查数据源配置（不抓取账号）");
        test.SetAction(async (_, ct) =>
        {
            using var host = MonitorHost.Build();
            var failed = 0;
            foreach (var source in host.Services.GetRequiredService<PostSourceResolver>().Sources)
            {
                var result = await source.TestAsync(ct);
                failed += result.Ok ? 0 : 1;
                Console.WriteLine($"{source.Key}\t{(result.Ok ? "ok" : "failed")}\t{result.Message}");
            }
            return failed == 0 ? 0 : 1;
        });
        sources.Subcommands.Add(test);

        var platform = new Option<string>("--platform") { Description = "微博 / 微信公众号 / 抖音 / 今日头条", Required = true };
        var kind = new Option<SourceKind>("--kind") { Description = "OfficialApi、Web、Feed 或 File", DefaultValueFactory = _ => SourceKind.Web };
        var handle = new Option<string?>("--handle") { Description = "平台账号标识（uid、AppID、open_id、token）" };
        var feed = new Option<string?>("--feed-url") { Description = "订阅源地址或供应商文件路径" };
        var days = new Option<int>("--days") { Description = "自监测时间点向前读取的天数", DefaultValueFactory = _ => 14 };
        var cutoff = new Option<string?>("--cutoff") { Description = "监测时间点（ISO-8601；只给日期时为北京时间当日零点；默认为现在）" };
        var fetch = new Command("fetch", "抓取单个账号，按 JSON 行输出发文（不写数据库）") { platform, kind, handle, feed, days, cutoff };
        fetch.SetAction(async (parse, ct) =>
        {
            var parsed = PlatformNames.Parse(parse.GetValue(platform));
            if (parsed is null)
            {
                Console.Error.WriteLine("无法识别的平台");
                return 2;
            }
            using var host = MonitorHost.Build();
            var account = new GovAccount
            {
                Name = "命令行账号",
                Platform = parsed.Value,
                SourceKind = parse.GetValue(kind),
                Handle = parse.GetValue(handle),
                FeedUrl = parse.GetValue(feed),
            };
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            DateTime until;
            try
            {
                until = parse.GetValue(cutoff) is { } text ? CutoffParser.Parse(text, now) : now;
            }
            catch (FormatException)
            {
                Console.Error.WriteLine($"无法识别的监测时间点：{parse.GetValue(cutoff)}");
                return 2;
            }
            try
            {
                var source = host.Services.GetRequiredService<PostSourceResolver>().Resolve(account);
                var request = new FetchRequest(account, null, (until < now ? until : now).AddDays(-parse.GetValue(days)), now, until);
                var result = await source.FetchAsync(request, ct);
                foreach (var post in result.Posts)
                {
                    Console.WriteLine(JsonSerializer.Serialize(post, Json));
                }
                Console.Error.WriteLine($"{source.Key}: {result.Posts.Count} 条，覆盖 {result.Coverage}");
                return 0;
            }
            catch (FetchException e)
            {
                Console.Error.WriteLine($"抓取失败（{e.Kind}）：{e.Message}");
                return 1;
            }
        });
        sources.Subcommands.Add(fetch);
        return sources;
    }
}
