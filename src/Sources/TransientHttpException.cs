using System.Net;

namespace Monitor.Sources;

/// <summary>A 5xx answer: thrown inside the retry pipeline so Polly retries it, mapped to a FetchException after the last try.</summary>
public sealed class TransientHttpException(HttpStatusCode status) : Exception($"HTTP {(int)status}")
{
    public HttpStatusCode Status { get; } = status;
}
