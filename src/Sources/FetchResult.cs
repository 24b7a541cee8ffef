using Monitor.Shared.Domain;

namespace Monitor.Sources;

/// <summary>
/// A successful fetch. An empty <see cref="Posts"/> list means the platform answered and the account really has
/// no posts in the window; any doubt is a <see cref="FetchException"/> instead.
/// </summary>
public sealed record FetchResult(IReadOnlyList<SourcePost> Posts, Coverage Coverage, string? NextCursor);
