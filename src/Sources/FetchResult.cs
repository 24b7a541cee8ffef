using Monitor.Shared.Domain;

namespace Monitor.Sources;

/// <summary>
/// A successful fetch. An empty <see cref="Posts"/> list means the platform answered and the account really has
/// no posts in the window; any doubt is a <see cref="FetchException"/> instead.
/// With <see cref="Coverage.Partial"/>, <paramref name="CompleteFromUtc"/> says where the blind spot ends when the source
/// knows it: every post from that time on was seen, so a missed post can only be older (a feed that cut its old items).
/// </summary>
public sealed record FetchResult(IReadOnlyList<SourcePost> Posts, Coverage Coverage, string? NextCursor, DateTime? CompleteFromUtc = null);
