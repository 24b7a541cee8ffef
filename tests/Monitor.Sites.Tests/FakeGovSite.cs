using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.Sites.Tests;

/// <summary>
/// A fake government website on 127.0.0.1 (Kestrel, random port): pages by path, each served as UTF-8 or GBK, with
/// or without a charset header, and optionally slow (to make probes time out on a schedule). Unknown paths are 404s.
/// </summary>
public sealed class FakeGovSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakePage> _pages = new();
    private readonly ConcurrentQueue<string> _requests = new();

    static FakeGovSite() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private FakeGovSite(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyCollection<string> Requests => _requests.ToArray();

    public static async Task<FakeGovSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new FakeGovSite(app);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return site;
    }

    public FakeGovSite Page(string path, string html, FakePage? options = null)
    {
        _pages[path] = (options ?? new FakePage()) with { Html = html };
        return this;
    }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue(path);
        if (!_pages.TryGetValue(path, out var page))
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("not found");
            return;
        }
        if (page.RedirectTo is { } target)
        {
            context.Response.Redirect(target);
            return;
        }
        if (page.Delay?.Invoke() is { } delay && delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        context.Response.StatusCode = page.Status;
        var bytes = page.Gbk ? Encoding.GetEncoding("GBK").GetBytes(page.Html) : Encoding.UTF8.GetBytes(page.Html);
        context.Response.ContentType = page.CharsetHeader is { } cs ? $"text/html; charset={cs}" : "text/html";
        await context.Response.Body.WriteAsync(bytes);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
