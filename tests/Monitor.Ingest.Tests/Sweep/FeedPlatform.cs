using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.Ingest.Tests.Sweep;

/// <summary>
/// A fake platform on 127.0.0.1 serving one JSON Feed per account (<c>/feed/{n}</c>): a few recent posts and one older
/// than any fetch window, so the feed proves full coverage. Counts every request, so a test can say "fetched once".
/// </summary>
public sealed class FeedPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FeedPlatform(WebApplication app) => _app = app;

    public ConcurrentDictionary<string, int> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FeedPlatform> StartAsync(int postsPerFeed)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var platform = new FeedPlatform(app);
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        app.MapGet("/feed/{n}", (string n) =>
        {
            platform.Requests.AddOrUpdate(n, 1, (_, c) => c + 1);
            var items = Enumerable.Range(0, postsPerFeed)
                .Select(k => Item(n, k, now.AddDays(-2).AddHours(-k)))
                .Append(Item(n, 999, now.AddDays(-400)));
            return Results.Json(new { version = "https://jsonfeed.org/version/1.1", title = $"账号{n}", items });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        platform.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return platform;
    }

    private static object Item(string n, int k, DateTimeOffset at) => new
    {
        id = $"{n}-{k}",
        url = $"https://example.gov.cn/{n}/{k}",
        title = $"工作动态{k}",
        content_text = $"今天召开专题会议，研究部署近期重点工作。第{k}条。",
        date_published = at.ToString("yyyy-MM-ddTHH:mm:sszzz"),
    };

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
