using Monitor.Shared.Domain;

namespace Monitor.Sources;

/// <summary>
/// Applies a fetch outcome to an account's <see cref="FetchStatus"/> (pure logic; the caller saves it).
/// Failures escalate the back-off along Sonarr's periods; a platform's Retry-After wins when it asks for longer.
/// </summary>
public sealed class FetchStatusRecorder
{
    public const int MaxErrorLength = 2000;

    /// <summary>Sonarr EscalationBackOff: level n waits Periods[n]; level 0 is "no back-off".</summary>
    public static readonly TimeSpan[] Periods =
    [
        TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6),
        TimeSpan.FromHours(12), TimeSpan.FromHours(24),
    ];

    public void RecordSuccess(FetchStatus status, FetchResult result, DateTime nowUtc)
    {
        status.LastAttemptAt = nowUtc;
        status.LastSuccessAt = nowUtc;
        status.ConsecutiveFailures = 0;
        status.LastErrorKind = FetchErrorKind.None;
        status.LastError = null;
        status.BackoffUntil = null;
        status.Coverage = result.Coverage;
        status.CompleteFrom = result.Coverage == Coverage.Partial ? result.CompleteFromUtc : null;
        status.Cursor = result.NextCursor ?? status.Cursor;
    }

    public void RecordFailure(FetchStatus status, FetchException failure, DateTime nowUtc)
    {
        status.LastAttemptAt = nowUtc;
        status.ConsecutiveFailures++;
        status.LastErrorKind = failure.Kind == FetchErrorKind.None ? FetchErrorKind.Unknown : failure.Kind;
        status.LastError = failure.Message.Length > MaxErrorLength ? failure.Message[..MaxErrorLength] : failure.Message;
        var wait = BackOffFor(status.ConsecutiveFailures);
        if (failure.RetryAfter is { } asked && asked > wait)
        {
            wait = asked;
        }
        status.BackoffUntil = wait > TimeSpan.Zero ? nowUtc + wait : null;
    }

    /// <summary>Anything a source let through untyped is recorded as Unknown, with only its type name (the message may hold secrets).</summary>
    public void RecordFailure(FetchStatus status, Exception error, DateTime nowUtc) =>
        RecordFailure(status, error as FetchException
            ?? new FetchException(FetchErrorKind.Unknown, $"抓取失败：未知错误（{error.GetType().Name}）"), nowUtc);

    public static TimeSpan BackOffFor(int consecutiveFailures) =>
        Periods[Math.Clamp(consecutiveFailures, 0, Periods.Length - 1)];

    /// <summary>True while the account sits out its back-off.</summary>
    public static bool IsBackingOff(FetchStatus? status, DateTime nowUtc) =>
        status?.BackoffUntil is { } until && until > nowUtc;
}
