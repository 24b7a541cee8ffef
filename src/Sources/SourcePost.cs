namespace Monitor.Sources;

/// <summary>
/// A post as a source hands it over: already normalised (plain text, publish time with its offset, flags),
/// but not yet stored. The sweep's <c>PostUpserter</c> turns it into a <see cref="Shared.Domain.Post"/>.
/// </summary>
public sealed record SourcePost
{
    public required string PlatformPostId { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string Text { get; init; } = "";
    public string? RawHtml { get; init; }
    /// <summary>With the offset the platform gave; Asia/Shanghai (+08:00) where it gave none.</summary>
    public required DateTimeOffset PublishedAt { get; init; }
    public bool? IsOriginal { get; init; }
    public bool IsRepost { get; init; }
    public string? RepostSource { get; init; }
    public bool IsPinned { get; init; }
    public bool IsDeleted { get; init; }
}
