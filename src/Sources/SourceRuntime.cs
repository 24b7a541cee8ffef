namespace Monitor.Sources;

/// <summary>The singletons sources share: the clock, the per-source rate limiters and the token cache.</summary>
public sealed class SourceRuntime(TimeProvider time, RateLimiterRegistry limiters, TokenCache tokens)
{
    public TimeProvider Time { get; } = time;
    public RateLimiterRegistry Limiters { get; } = limiters;
    public TokenCache Tokens { get; } = tokens;
}
