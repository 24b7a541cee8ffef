using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.Ingest.Tests.Sweep;

/// <summary>
/// A fake platform on 127.0.0.1 over real HTTP: one JSON Feed per account (<c>/feed/{n}</c>: a few recent posts and one
/// older than any window) and a WeChat official API (<c>stable_token</c> per AppID, <c>freepublish/batchget</c>). It logs
/// every request with its arrival time, so a test can say "fetched once", "one token per app" and "never above the limit".
/// </summary>
public sealed class ApiPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private ApiPlatform(WebApplication app) => _app = app;

    /// <summary>Feed requests per account number.</summary>
    public ConcurrentDictionary<string, int> Requests { get; } = new();

    /// <summary>stable_token requests per AppID.</summary>
    public ConcurrentDictionary<string, int> TokenRequests { get; } = new();

    public int PublishedRequests => _published;

    /// <summary>Arrival times (seconds since start) per surface: <c>feed</c> or <c>wechat</c>.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<double>> Arrivals { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    private int _published;

    public static async Task<ApiPlatform> StartAsync(int postsPerFeed)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var platform = new ApiPlatform(app);
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        app.MapGet("/feed/{n}", (string n) =>
        {
            platform.Arrived("feed");
            platform.Requests.AddOrUpdate(n, 1, (_, c) => c + 1);
            var items = Enumerable.Range(0, postsPerFeed)
                .Select(k => FeedItem(n, k, now.AddDays(-2).AddHours(-k)))
                .Append(FeedItem(n, 999, now.AddDays(-400)));
            return Results.Json(new { version = "https://jsonfeed.org/version/1.1", title = $"账号{n}", items });
        });
        app.MapPost("/cgi-bin/stable_token", async (HttpRequest request) =>
        {
            platform.Arrived("wechat");
            var body = await JsonDocument.ParseAsync(request.Body);
            var appId = body.RootElement.GetProperty("appid").GetString()!;
            platform.TokenRequests.AddOrUpdate(appId, 1, (_, c) => c + 1);
            return Results.Json(new { access_token = "tok-" + appId, expires_in = 7200 });
        });
        app.MapPost("/cgi-bin/freepublish/batchget", (string access_token) =>
        {
            platform.Arrived("wechat");
            Interlocked.Increment(ref platform._published);
            var appId = access_token.StartsWith("tok-", StringComparison.Ordinal) ? access_token[4..] : "?";
            var item = Enumerable.Range(0, 2).Select(k => new
            {
                article_id = $"{appId}-{k}",
                update_time = now.AddDays(-1 - k).ToUnixTimeSeconds(),
                content = new
                {
                    news_item = new[]
                    {
                        new
                        {
                            title = $"政务动态{k}",
                            author = "办公室",
                            digest = "摘要",
                            content = $"<p>今天召开专题会议，研究部署近期重点工作。第{k}条。</p>",
                            content_source_url = "",
                            url = $"http://mp.weixin.qq.com/s?__biz={appId}&mid={100 + k}&idx=1&sn=abc{k}",
                            is_deleted = false,
                        },
                    },
                },
            }).ToList();
            return Results.Json(new { item, total_count = item.Count, item_count = item.Count });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        platform.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return platform;
    }

    /// <summary>The most requests of one surface that arrived within any one second (windows [k, k+1) s since start).</summary>
    public int PeakPerSecond(string surface) =>
        Arrivals.TryGetValue(surface, out var times) && !times.IsEmpty
            ? times.GroupBy(t => (long)Math.Floor(t)).Max(g => g.Count())
            : 0;

    private void Arrived(string surface) =>
        Arrivals.GetOrAdd(surface, _ => new ConcurrentQueue<double>()).Enqueue(_clock.Elapsed.TotalSeconds);

    private static object FeedItem(string n, int k, DateTimeOffset at) => new
    {
        id = $"{n}-{k}",
        url = $"https://example.gov.cn/{n}/{k}",
        title = $"工作动态{k}",
        content_text = $"今天召开专题会议，研究部署近期重点工作。第{k}条。",
        date_published = at.ToString("yyyy-MM-ddTHH:mm:sszzz"),
    };

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
