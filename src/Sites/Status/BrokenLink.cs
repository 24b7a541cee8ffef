namespace Monitor.Sites.Status;

/// <summary>A home-page link that did not open (错链/死链), with its anchor text as the reviewer sees it.</summary>
public sealed record BrokenLink(string Url, string Text, bool Internal, int? StatusCode, string? Error);
