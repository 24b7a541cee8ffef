namespace Monitor.Shared.Domain;

/// <summary>Per-account fetch health: the evidence that decides between "no posts" and "we could not look".</summary>
public class FetchStatus
{
    public long AccountId { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public int ConsecutiveFailures { get; set; }
    public FetchErrorKind LastErrorKind { get; set; }
    public string? LastError { get; set; }
    public DateTime? BackoffUntil { get; set; }
    public Coverage Coverage { get; set; }
    /// <summary>With partial coverage, where the blind spot ends: every post from this time on was seen (null: anywhere).</summary>
    public DateTime? CompleteFrom { get; set; }
    /// <summary>The connector's incremental cursor (newest post id or time seen), opaque to everyone else.</summary>
    public string? Cursor { get; set; }

    /// <summary>True when the latest attempt failed, so update rules must answer "unknown".</summary>
    public bool LastAttemptFailed => ConsecutiveFailures > 0;
}
