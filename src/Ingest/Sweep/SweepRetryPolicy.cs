using System.Data.Common;
using Monitor.Shared.Domain;
using Monitor.Sources;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// Which batch failures the job engine retries. A single account's fetch failure never fails a batch (it is recorded
/// on the account with its own back-off); a typed fetch failure that escapes a batch is retried only when time can fix
/// it (network, timeout, rate limit, shared state unavailable), never for configuration or credentials.
/// </summary>
public static class SweepRetryPolicy
{
    public static bool IsRetryable(Exception e) => e switch
    {
        FetchException f => f.Kind is FetchErrorKind.Network or FetchErrorKind.Timeout or FetchErrorKind.RateLimited or FetchErrorKind.Unknown,
        DbException or TimeoutException => true,
        _ when e.InnerException is { } inner => IsRetryable(inner),
        // A bug in an inspector may be a bad post rather than bad code: worth the remaining attempts.
        _ => true,
    };
}
