namespace Monitor.Sources.Http;

/// <summary>
/// Official APIs put tokens in the query (WeChat <c>access_token</c>): a transport error that quotes the request URL
/// is re-thrown without it, so no layer above (log, failure message, audit) can leak the token.
/// </summary>
public sealed class SecretRedactionHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await base.SendAsync(request, ct);
        }
        catch (HttpRequestException e) when (request.RequestUri is { Query.Length: > 1 } uri && e.Message.Contains(uri.Query, StringComparison.Ordinal))
        {
            throw new HttpRequestException(e.HttpRequestError, e.Message.Replace(uri.Query, "?***", StringComparison.Ordinal), null, e.StatusCode);
        }
    }
}
