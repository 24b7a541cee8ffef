namespace Monitor.Sources.Http;

/// <summary>Takes a permit from the source's token bucket (shared by every account and node-local instance) per attempt.</summary>
public sealed class RateLimitHandler(RateLimiterRegistry limiters, string key, double permitsPerSecond) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        await limiters.AcquireAsync(key, permitsPerSecond, ct);
        return await base.SendAsync(request, ct);
    }
}
