using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Review;

/// <summary>The queue's filters as they arrive in the query string; empty means "any".</summary>
public sealed class QueueFilter
{
    public ReviewStatus Status { get; set; } = ReviewStatus.Pending;
    public FindingKind? Kind { get; set; }
    /// <summary>A GB/T 2260 prefix: 5306 matches every county of 昭通.</summary>
    public string? Region { get; set; }
    public Platform? Platform { get; set; }
    public long? Account { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    /// <summary>Keyset cursor: show findings with a smaller id than this.</summary>
    public long? Before { get; set; }
}
