using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Shared.Domain;
using Monitor.Sources;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sources;

/// <summary>
/// The real <c>AddIngest()</c> registrations, configured the way an operator would (<c>Monitor:Connectors:X:BaseUrl</c>),
/// pointed at a fake platform replaying recorded fixtures (a setting value may say <c>{server}</c> for its address). Retries are fast and the rate limit is off unless a test sets them.
/// </summary>
public sealed class SourceHarness : IAsyncDisposable
{
    private SourceHarness(FakePlatformServer server, IHost host, CapturingLoggerProvider logs)
    {
        Server = server;
        Host = host;
        Logs = logs;
    }

    public FakePlatformServer Server { get; }
    public IHost Host { get; }
    public CapturingLoggerProvider Logs { get; }

    public static async Task<SourceHarness> StartAsync(string section, string[] fixtures, IDictionary<string, string?>? settings = null)
    {
        var server = await FakePlatformServer.FromFixturesAsync(fixtures);
        var prefix = $"Monitor:Connectors:{section}:";
        var config = new Dictionary<string, string?>
        {
            [prefix + "BaseUrl"] = server.BaseUrl.ToString(),
            [prefix + "RetryCount"] = "2",
            [prefix + "RetryDelay"] = "00:00:00.010",
            [prefix + "PermitsPerSecond"] = "0",
            [prefix + "Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key.StartsWith("Monitor:", StringComparison.Ordinal) ? key : prefix + key] =
                value?.Replace("{server}", server.BaseUrl.ToString().TrimEnd('/'), StringComparison.Ordinal);
        }
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(config);
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.AddSources();
        builder.AddIngest();
        return new SourceHarness(server, builder.Build(), logs);
    }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static FetchRequest Request(GovAccount account, DateTime nowUtc, int days = 14, string? cursor = null) =>
        new(account, cursor, nowUtc.AddDays(-days), nowUtc);

    public static GovAccount Account(Platform platform, SourceKind kind, string? handle, string? feedUrl = null)
    {
        var account = Some.Account(platform);
        account.Id = Some.Int();
        account.SourceKind = kind;
        account.Handle = handle;
        account.FeedUrl = feedUrl;
        return account;
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Server.DisposeAsync();
    }
}
