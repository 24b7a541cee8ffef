namespace Monitor.Sources;

/// <summary>One page of a paged listing: its posts in platform order and the token for the next page (null at the end).</summary>
public sealed record SourcePage(IReadOnlyList<SourcePost> Posts, string? Next)
{
    public static readonly SourcePage End = new([], null);
}
