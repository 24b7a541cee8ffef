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
    /// <summary>Keyset cursor: show findings with a smaller id than this (newest first).</summary>
    public long? Before { get; set; }
    /// <summary>Keyset cursor for oldest first: findings with a larger id than this.</summary>
    public long? After { get; set; }
    /// <summary>Words the post's title or text contains.</summary>
    public string? Text { get; set; }
    /// <summary>True for oldest first (the backlog's tail); newest first otherwise.</summary>
    public bool Oldest { get; set; }

    /// <summary>The dates a finding can have; beyond them the UTC arithmetic of a China day overflows (9999-12-31, 0001-01-01).</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    /// <summary>Null when the filter can be run; otherwise what is wrong with it, for the reviewer.</summary>
    public string? Validate()
    {
        foreach (var (name, day) in new[] { ("开始日期", From), ("结束日期", To) })
        {
            if (day is { } d && (d < Earliest || d > Latest))
            {
                return $"发现日期的{name} {d:yyyy-MM-dd} 超出范围，请填写 {Earliest:yyyy-MM-dd} 至 {Latest:yyyy-MM-dd} 之间的日期。";
            }
        }
        return From > To ? "发现日期的开始日期晚于结束日期。" : null;
    }
}
