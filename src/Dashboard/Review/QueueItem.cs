using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Review;

/// <summary>One finding as the queue shows it: the post's text around the span, personal data masked.</summary>
public sealed record QueueItem(Finding Finding, GovAccount Account, string? PostTitle, DateTimeOffset PublishedAt,
    string? PostUrl, string ContextBefore, string Span, string ContextAfter);
