using StackExchange.Redis;

namespace Monitor.Sources.Redis;

/// <summary>
/// Access tokens in Redis, one per (source, app or account) key for all nodes, expiring when the token should no longer
/// be used. A missing token is acquired by one node at a time (a lock with an expiry, released only by its holder);
/// the other nodes wait for it instead of asking the platform for their own.
/// </summary>
public sealed class RedisAccessTokenStore(RedisConnection redis, TimeProvider time) : IAccessTokenStore
{
    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

    public async Task<string> GetAsync(string key, Func<CancellationToken, Task<AccessToken>> acquire, CancellationToken ct)
    {
        var tokenKey = (RedisKey)redis.Key("token", key);
        var lockKey = (RedisKey)redis.Key("token-lock", key);
        var giveUpAt = time.GetUtcNow().AddSeconds(Math.Max(1, redis.Options.TokenWaitSeconds));
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var cached = await redis.RunAsync(db => db.StringGetAsync(tokenKey));
            if (cached.HasValue)
            {
                return cached.ToString();
            }
            var holder = Guid.NewGuid().ToString("N");
            var locked = await redis.RunAsync(db =>
                db.StringSetAsync(lockKey, holder, TimeSpan.FromSeconds(Math.Max(1, redis.Options.TokenLockSeconds)), When.NotExists));
            if (locked)
            {
                try
                {
                    // Another node may have stored one between our read and our lock.
                    cached = await redis.RunAsync(db => db.StringGetAsync(tokenKey));
                    if (cached.HasValue)
                    {
                        return cached.ToString();
                    }
                    var token = await acquire(ct);
                    var ttl = token.UseUntil - time.GetUtcNow();
                    if (ttl > TimeSpan.Zero)
                    {
                        await redis.RunAsync(db => db.StringSetAsync(tokenKey, token.Value, ttl));
                    }
                    return token.Value;
                }
                finally
                {
                    await redis.RunAsync(db => db.ScriptEvaluateAsync(ReleaseScript, [lockKey], [holder]));
                }
            }
            if (time.GetUtcNow() > giveUpAt)
            {
                throw new FetchException(Monitor.Shared.Domain.FetchErrorKind.Timeout, "等待其他节点刷新 access_token 超时");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        }
    }

    public Task InvalidateAsync(string key, string rejected, CancellationToken ct) =>
        redis.RunAsync(db => db.ScriptEvaluateAsync(
            ReleaseScript,
            [(RedisKey)redis.Key("token", key)], [rejected]));
}
