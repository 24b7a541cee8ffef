namespace Monitor.Sources;

/// <summary>The singletons sources share: the clock, the per-source rate limiter and the access-token store (in memory, or on Redis for all nodes).</summary>
public sealed class SourceRuntime(TimeProvider time, IRateLimiter limiters, IAccessTokenStore tokens)
{
    public TimeProvider Time { get; } = time;
    public IRateLimiter Limiters { get; } = limiters;
    public IAccessTokenStore Tokens { get; } = tokens;
}
