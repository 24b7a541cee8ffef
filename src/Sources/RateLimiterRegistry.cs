using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Monitor.Sources;

/// <summary>One token bucket per source key, shared by every account and every (transient) source instance of this process.</summary>
public sealed class RateLimiterRegistry : IRateLimiter, IDisposable
{
    private readonly ConcurrentDictionary<string, RateLimiter?> _limiters = new();

    /// <summary>Waits for a permit; returns at once when the source is unlimited.</summary>
    public async ValueTask AcquireAsync(string key, double permitsPerSecond, CancellationToken ct)
    {
        var limiter = _limiters.GetOrAdd(key, _ => Create(permitsPerSecond));
        if (limiter is null)
        {
            return;
        }
        using var lease = await limiter.AcquireAsync(1, ct);
    }

    private static TokenBucketRateLimiter? Create(double permitsPerSecond)
    {
        if (permitsPerSecond <= 0)
        {
            return null;
        }
        // Below one permit a second, stretch the period instead of rounding the rate up.
        var perPeriod = permitsPerSecond >= 1 ? (int)Math.Round(permitsPerSecond) : 1;
        var period = permitsPerSecond >= 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1 / permitsPerSecond);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perPeriod,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter?.Dispose();
        }
    }
}
