using AngleSharp.Dom;
using Microsoft.Extensions.Options;
using Monitor.Sites.Fetching;
using Monitor.Sites.Reading;
using Monitor.Sites.Status;

namespace Monitor.Sites.Sweep;

/// <summary>
/// 链接可用性: opens every distinct link of the home page (internal and external, up to
/// <see cref="SitesOptions.MaxLinksChecked"/>) and reports those that answer 4xx/5xx or not at all, with their anchor text.
/// </summary>
public sealed class LinkChecker(IHttpClientFactory clients, HostLimiter limiter, IOptions<SitesOptions> options)
{
    public async Task<(int Checked, List<BrokenLink> Broken)> CheckAsync(IEnumerable<(IDocument Doc, Uri Base)> pages, string homeHost, CancellationToken ct)
    {
        var links = new Dictionary<Uri, string>();
        foreach (var (doc, baseUri) in pages)
        {
            foreach (var a in doc.QuerySelectorAll("a[href]"))
            {
                if (PageParts.Href(a, baseUri) is { } url && !links.ContainsKey(url))
                {
                    var text = PageParts.Text(a);
                    links[url] = text.Length > 0 ? text : a.QuerySelector("img")?.GetAttribute("alt") ?? a.GetAttribute("title") ?? "";
                }
            }
        }
        var toCheck = links.Take(options.Value.MaxLinksChecked).ToList();
        using var gate = new SemaphoreSlim(8);
        var results = await Task.WhenAll(toCheck.Select(async kv =>
        {
            await gate.WaitAsync(ct);
            try
            {
                var (status, error) = await OpenAsync(kv.Key, ct);
                var broken = error is not null || status >= 400;
                var isInternal = string.Equals(kv.Key.Host, homeHost, StringComparison.OrdinalIgnoreCase);
                return broken ? new BrokenLink(kv.Key.ToString(), kv.Value, isInternal, status, error ?? $"HTTP {status}") : null;
            }
            finally
            {
                gate.Release();
            }
        }));
        return (toCheck.Count, results.OfType<BrokenLink>().ToList());
    }

    private async Task<(int? Status, string? Error)> OpenAsync(Uri url, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.LinkTimeoutSeconds));
        try
        {
            using var _ = await limiter.EnterAsync(url, ct);
            using var response = await clients.CreateClient(PageFetcher.ClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, "连接超时");
        }
        catch (HttpRequestException ex)
        {
            return (null, PageFetcher.Describe(ex));
        }
    }
}
