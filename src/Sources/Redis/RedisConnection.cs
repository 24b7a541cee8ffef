using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;
using StackExchange.Redis;

namespace Monitor.Sources.Redis;

/// <summary>
/// The one connection to Redis of this process, opened on first use. Every Redis failure becomes a typed fetch failure
/// ("Redis 不可用"), so an outage fails the fetch of the account in hand: never an unlimited rate, never an empty result.
/// </summary>
public sealed class RedisConnection(IOptions<RedisOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public RedisOptions Options => options.Value;

    public string Key(string kind, string key) => Options.KeyPrefix + kind + ":" + key;

    /// <summary>Runs <paramref name="action"/> on the database; a Redis failure is rethrown as <see cref="FetchException"/>.</summary>
    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> action)
    {
        try
        {
            return await action((await ConnectAsync()).GetDatabase());
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            throw Unavailable(e);
        }
    }

    public static FetchException Unavailable(Exception e) =>
        new(FetchErrorKind.Network, "抓取失败：Redis 不可用（共享限流与令牌服务），本次未抓取", e);

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        if (_connection is { } ready)
        {
            return ready;
        }
        await _gate.WaitAsync();
        try
        {
            if (_connection is null)
            {
                var config = ConfigurationOptions.Parse(Options.Configuration!);
                // Keep retrying in the background after an outage, but fail commands at once while it lasts.
                config.AbortOnConnectFail = false;
                config.BacklogPolicy = BacklogPolicy.FailFast;
                _connection = await ConnectionMultiplexer.ConnectAsync(config);
            }
            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        _gate.Dispose();
    }
}
