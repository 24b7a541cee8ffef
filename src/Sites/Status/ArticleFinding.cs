namespace Monitor.Sites.Status;

/// <summary>
/// A problem the post inspectors found in a new column article, labelled with its column; personal data in the
/// excerpt is masked as in the review queue.
/// </summary>
public sealed record ArticleFinding(string Column, string Title, string? Url, string? PublishedOn, string RuleId, string Severity, string Excerpt, string? Suggestion, string Message);
