namespace Monitor.Sites.Status;

/// <summary>A message answered more than 3 months after it was asked, or not answered by the cut-off.</summary>
public sealed record OverdueMessage(string Title, string? Url, string AskedOn, string? AnsweredOn);
