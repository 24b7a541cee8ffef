namespace Monitor.Sources.Redis;

/// <summary>
/// Bound to <c>Monitor:Redis</c>. When <see cref="Configuration"/> is set, the rate limits, the access tokens and the
/// token-refresh lock are shared by every node through that Redis; otherwise each process keeps its own, in memory.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Monitor:Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c> or <c>redis1:6379,password=…</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key Monitor writes, so several deployments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "monitor:";

    /// <summary>
    /// Added to the one-second window of the shared limiter, in milliseconds: requests leave the nodes a little after
    /// their permits, so the platform sees the limit kept even when a node is slow to send.
    /// </summary>
    public int RateWindowMarginMs { get; set; } = 100;

    /// <summary>How long one node may hold a token's refresh lock (if it dies holding it, the lock expires).</summary>
    public int TokenLockSeconds { get; set; } = 30;

    /// <summary>How long a node waits for another node's token refresh before the fetch fails.</summary>
    public int TokenWaitSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}
