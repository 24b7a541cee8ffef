namespace Monitor.Sources;

/// <summary>
/// A per-source request rate limit. In memory (<see cref="RateLimiterRegistry"/>) it holds for this process; on Redis
/// (<see cref="Redis.RedisRateLimiter"/>) for every node together, because a platform limits our app, not our process.
/// </summary>
public interface IRateLimiter
{
    /// <summary>Waits for a permit; returns at once when the source is unlimited (<paramref name="permitsPerSecond"/> ≤ 0).</summary>
    /// <exception cref="FetchException">The shared limiter cannot be reached: the fetch fails, it never goes unlimited.</exception>
    ValueTask AcquireAsync(string key, double permitsPerSecond, CancellationToken ct);
}

/// <summary>
/// Access tokens per (source, app or account) key. In memory (<see cref="TokenCache"/>) for this process; on Redis
/// (<see cref="Redis.RedisAccessTokenStore"/>) one token for all nodes, refreshed by one node at a time under a lock —
/// on WeChat every new token invalidates the previous one, so nodes refreshing on their own would undo each other.
/// </summary>
public interface IAccessTokenStore
{
    /// <summary>The cached token, or one <paramref name="acquire"/>d now (by this caller or, concurrently, another).</summary>
    Task<string> GetAsync(string key, Func<CancellationToken, Task<AccessToken>> acquire, CancellationToken ct);

    /// <summary>Drops the token if it is still the one the caller saw rejected.</summary>
    Task InvalidateAsync(string key, string rejected, CancellationToken ct);
}
