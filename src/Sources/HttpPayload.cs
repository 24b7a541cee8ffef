using System.Net;

namespace Monitor.Sources;

/// <summary>A platform answer after retries: status, body text and the Retry-After it asked for.</summary>
public sealed record HttpPayload(HttpStatusCode Status, string Body, TimeSpan? RetryAfter);
