using StackExchange.Redis;

namespace Monitor.Sources.Redis;

/// <summary>
/// A sliding-window request log per source in Redis, shared by every node: a permit is granted only while fewer than the
/// limit were granted (by any node) in the last window, timed by the Redis server's clock, so no node's clock matters.
/// </summary>
public sealed class RedisRateLimiter(RedisConnection redis) : IRateLimiter
{
    // Returns 0 with the permit taken, or how many milliseconds until the oldest permit in the window expires.
    private const string Script = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local window = tonumber(ARGV[2])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
          redis.call('ZADD', KEYS[1], now, ARGV[3])
          redis.call('PEXPIRE', KEYS[1], window)
          return 0
        end
        local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
        return math.max(1, tonumber(oldest[2]) + window - now + 1)
        """;

    public async ValueTask AcquireAsync(string key, double permitsPerSecond, CancellationToken ct)
    {
        if (permitsPerSecond <= 0)
        {
            return;
        }
        // Below one permit a second, one permit per stretched window instead of rounding the rate up.
        var limit = permitsPerSecond >= 1 ? (int)Math.Round(permitsPerSecond) : 1;
        var window = (permitsPerSecond >= 1 ? 1000 : (int)Math.Ceiling(1000 / permitsPerSecond)) + Math.Max(0, redis.Options.RateWindowMarginMs);
        RedisKey[] keys = [redis.Key("rate", key)];
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var wait = (long)await redis.RunAsync(db => db.ScriptEvaluateAsync(Script, keys, [limit, window, Guid.NewGuid().ToString("N")]));
            if (wait <= 0)
            {
                return;
            }
            // A little jitter, so the nodes waiting on one source do not all ask again in the same millisecond.
            await Task.Delay(TimeSpan.FromMilliseconds(wait + Random.Shared.Next(0, 5)), ct);
        }
    }
}
