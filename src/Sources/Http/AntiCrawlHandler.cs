namespace Monitor.Sources.Http;

/// <summary>
/// Reads a JSON API's raw 2xx body before anything deserializes it: an empty body, <c>blocked</c>, <c>""</c> or a
/// visitor/captcha/login page is anti-crawl, other HTML is malformed — typed failures, never "no posts".
/// </summary>
public sealed class AntiCrawlHandler(string displayName) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            return response;
        }
        await response.Content.LoadIntoBufferAsync(ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        var trimmed = body.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed.Equals("blocked", StringComparison.OrdinalIgnoreCase) || trimmed.SequenceEqual("\"\""))
        {
            response.Dispose();
            throw FetchErrors.AntiCrawl(displayName, "平台返回空内容");
        }
        if (trimmed[0] == '<')
        {
            response.Dispose();
            throw AntiCrawlPages.LooksBlocked(body)
                ? FetchErrors.AntiCrawl(displayName, "平台返回了验证或登录页面")
                : FetchErrors.Malformed(displayName, "返回的是 HTML 而不是 JSON");
        }
        return response;
    }
}
