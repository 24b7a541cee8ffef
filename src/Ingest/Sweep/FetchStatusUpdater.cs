using Monitor.Ingest.Sources;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// Applies a fetch outcome to an account's <see cref="FetchStatus"/>, backing off on repeated failures
/// (0, 1 min, 5 min, 15 min, 30 min, 1 h, 3 h, 6 h, 12 h, 24 h, as Sonarr's escalation). A minimal stand-in for the
/// connectors' status recorder.
/// </summary>
public static class FetchStatusUpdater
{
    private static readonly TimeSpan[] Escalation =
    [
        TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromHours(24),
    ];

    public static void Succeeded(FetchStatus status, FetchResult result, DateTime now)
    {
        status.LastAttemptAt = now;
        status.LastSuccessAt = now;
        status.ConsecutiveFailures = 0;
        status.LastErrorKind = FetchErrorKind.None;
        status.LastError = null;
        status.BackoffUntil = null;
        status.Coverage = result.Coverage;
        status.Cursor = result.NextCursor ?? status.Cursor;
    }

    public static void Failed(FetchStatus status, FetchException error, DateTime now)
    {
        status.LastAttemptAt = now;
        status.ConsecutiveFailures++;
        status.LastErrorKind = error.Kind;
        status.LastError = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
        var backoff = Escalation[Math.Min(status.ConsecutiveFailures, Escalation.Length) - 1];
        status.BackoffUntil = now + (error.RetryAfter is { } retry && retry > backoff ? retry : backoff);
    }
}
