using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;

namespace Monitor.Sites.Fetching;

/// <summary>
/// Reads one page: per-host limit, a whole-request timeout, at most <see cref="SitesOptions.MaxPageBytes"/> bytes
/// (bigger pages are parsed as far as read), HTTP redirects (HttpClient, also to a new domain after 集约化 migration)
/// and the meta-refresh or script redirects that old portals use for the same.
/// </summary>
public sealed partial class PageFetcher(IHttpClientFactory clients, HostLimiter limiter, IOptions<SitesOptions> options)
{
    public const string ClientName = "sites";
    private const int MaxSoftRedirects = 3;

    public async Task<FetchedPage> FetchAsync(Uri uri, CancellationToken ct)
    {
        var requested = uri;
        for (var hop = 0; ; hop++)
        {
            var page = await FetchOnceAsync(requested, uri, ct);
            if (hop >= MaxSoftRedirects || !page.IsSuccess || SoftRedirect(page) is not { } next)
            {
                return page;
            }
            uri = next;
        }
    }

    private async Task<FetchedPage> FetchOnceAsync(Uri requested, Uri uri, CancellationToken ct)
    {
        var o = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(o.PageTimeoutSeconds));
        using var _ = await limiter.EnterAsync(uri, ct);
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var (bytes, truncated) = await ReadLimitedAsync(response.Content, o.MaxPageBytes, timeout.Token);
            var (text, encoding) = HtmlDecoder.Decode(bytes, response.Content.Headers.ContentType?.CharSet);
            var final = response.RequestMessage?.RequestUri ?? uri;
            var doc = await new HtmlParser().ParseDocumentAsync(text, timeout.Token);
            return new FetchedPage(requested, final, (int)response.StatusCode, encoding, truncated, doc);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new PageFetchException($"超时（{o.PageTimeoutSeconds:0} 秒内未完整返回）");
        }
        catch (HttpRequestException ex)
        {
            throw new PageFetchException(Describe(ex), ex);
        }
    }

    public static async Task<(byte[] Bytes, bool Truncated)> ReadLimitedAsync(HttpContent content, int limit, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct);
            if (read == 0)
            {
                return (buffer.ToArray(), false);
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), true);
    }

    /// <summary>The Chinese reason a request failed: DNS, TLS, refused or reset connection.</summary>
    public static string Describe(HttpRequestException ex)
    {
        if (ex.InnerException is AuthenticationException || ex.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            return "TLS 握手失败（证书或协议错误）";
        }
        if (ex.HttpRequestError == HttpRequestError.NameResolutionError
            || ex.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData })
        {
            return "域名解析失败（DNS）";
        }
        if (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return "连接被拒绝";
        }
        return ex.HttpRequestError switch
        {
            HttpRequestError.ConnectionError => "连接失败",
            HttpRequestError.ResponseEnded => "连接被中断（未完整返回）",
            _ => $"请求失败：{ex.Message}",
        };
    }

    /// <summary>A small page that only sends the browser elsewhere (meta refresh or location script).</summary>
    private static Uri? SoftRedirect(FetchedPage page)
    {
        var doc = page.Document;
        var refresh = doc.QuerySelectorAll("meta[http-equiv]")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase));
        string? target = null;
        if (refresh?.GetAttribute("content") is { } content && RefreshUrl().Match(content) is { Success: true } m)
        {
            target = m.Groups[1].Value;
        }
        else if ((doc.Body?.TextContent.Trim().Length ?? 0) < 200
            && doc.QuerySelectorAll("a[href]").Length < 5
            && ScriptLocation().Match(doc.DocumentElement.OuterHtml) is { Success: true } s)
        {
            target = s.Groups[1].Value;
        }
        return target is not null && Uri.TryCreate(page.FinalUri, target.Trim().Trim('\'', '"'), out var next) && next != page.FinalUri ? next : null;
    }

    [GeneratedRegex(@"url\s*=\s*['""]?([^'"";]+)", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshUrl();

    [GeneratedRegex(@"(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=\s*['""]([^'""]+)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptLocation();
}
