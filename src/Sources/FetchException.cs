using Monitor.Shared.Domain;

namespace Monitor.Sources;

/// <summary>A typed fetch failure: recorded on the account's FetchStatus, and the account's update rules become "unknown".</summary>
public class FetchException(FetchErrorKind kind, string message, Exception? inner = null, TimeSpan? retryAfter = null)
    : Exception(message, inner)
{
    public FetchErrorKind Kind { get; } = kind;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
