using System.Diagnostics;
using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;
using Monitor.Sites.Fetching;

namespace Monitor.Sites.Probes;

/// <summary>
/// One availability probe (站点无法访问): the home page must answer completely, body included, within
/// <see cref="SitesOptions.ProbeTimeoutSeconds"/>. A 5xx, a timeout or a DNS/TLS/connection error is a failure; a 4xx
/// is an answer (the rule counts pages that do not open, and the site did answer).
/// </summary>
public sealed class SiteProber(IHttpClientFactory clients, HostLimiter limiter, TimeProvider time, IOptions<SitesOptions> options)
{
    public async Task<SiteProbe> ProbeAsync(long siteId, Uri home, CancellationToken ct)
    {
        var o = options.Value;
        var probe = new SiteProbe { SiteId = siteId, ProbedAt = time.GetUtcNow().UtcDateTime };
        using var _ = await limiter.EnterAsync(home, ct);
        var watch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(o.ProbeTimeoutSeconds));
        try
        {
            using var response = await clients.CreateClient(PageFetcher.ClientName).GetAsync(home, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            await PageFetcher.ReadLimitedAsync(response.Content, o.MaxPageBytes, timeout.Token);
            probe.StatusCode = (int)response.StatusCode;
            probe.Ok = probe.StatusCode < 500;
            probe.Error = probe.Ok ? null : $"HTTP {probe.StatusCode}";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            probe.Error = $"超时（{o.ProbeTimeoutSeconds:0.#} 秒内未完整打开）";
        }
        catch (HttpRequestException ex)
        {
            probe.Error = PageFetcher.Describe(ex);
        }
        probe.ElapsedMs = (int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds);
        return probe;
    }
}
