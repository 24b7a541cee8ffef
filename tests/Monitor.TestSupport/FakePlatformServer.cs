using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.TestSupport;

/// <summary>
/// A fake platform on 127.0.0.1 (Kestrel, random port) replaying recorded exchanges in order. Requests that match
/// nothing get a 599 and are listed in <see cref="Unmatched"/>, so a test sees what it forgot to record.
/// </summary>
public sealed class FakePlatformServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(FakeExchange Exchange, int Served)> _exchanges;
    private readonly List<string> _requests = [];
    private readonly List<string> _unmatched = [];
    private readonly Lock _gate = new();

    private FakePlatformServer(WebApplication app, IEnumerable<FakeExchange> exchanges)
    {
        _app = app;
        _exchanges = exchanges.Select(e => (e, 0)).ToList();
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<string> Requests { get { lock (_gate) { return [.. _requests]; } } }

    public IReadOnlyList<string> Unmatched { get { lock (_gate) { return [.. _unmatched]; } } }

    public static Task<FakePlatformServer> FromFixturesAsync(params string[] fixtures) =>
        StartAsync(fixtures.SelectMany(FakeExchangeFile.Load));

    public static async Task<FakePlatformServer> StartAsync(IEnumerable<FakeExchange> exchanges)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakePlatformServer(app, exchanges);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int Count(string path) => Requests.Count(r => r.Split(' ')[1].Split('?')[0] == path);

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var line = $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}";
        FakeExchange? match = null;
        lock (_gate)
        {
            _requests.Add(line);
            for (var i = 0; i < _exchanges.Count; i++)
            {
                var (exchange, served) = _exchanges[i];
                if ((exchange.Times is null || served < exchange.Times) && Matches(exchange, context.Request, body))
                {
                    _exchanges[i] = (exchange, served + 1);
                    match = exchange;
                    break;
                }
            }
            if (match is null)
            {
                _unmatched.Add(line);
            }
        }
        if (match is null)
        {
            context.Response.StatusCode = 599;
            await context.Response.WriteAsync("no recorded exchange for " + line);
            return;
        }
        if (match.DelayMs > 0)
        {
            await Task.Delay(match.DelayMs, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        context.Response.StatusCode = match.Status;
        context.Response.ContentType = match.ContentType;
        foreach (var (name, value) in match.Headers)
        {
            context.Response.Headers[name] = value;
        }
        await context.Response.WriteAsync(match.Body);
    }

    private static bool Matches(FakeExchange e, HttpRequest request, string body) =>
        string.Equals(e.Method, request.Method, StringComparison.OrdinalIgnoreCase)
        && string.Equals(e.Path, request.Path.Value, StringComparison.Ordinal)
        && e.Query.All(q => q.Value is null ? !request.Query.ContainsKey(q.Key) : request.Query[q.Key] == q.Value)
        && (e.BodyContains is null || body.Contains(e.BodyContains, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
