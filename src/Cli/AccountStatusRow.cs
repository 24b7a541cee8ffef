namespace Monitor.Cli;

/// <summary>One line of <c>monitor accounts status</c>, as the JSON output spells it (design.md §6).</summary>
/// <remarks>
/// <paramref name="Handle"/> is the platform id, or the feed when the account has none; <paramref name="SourceKind"/> is
/// OfficialApi, Web, Feed, File or Manual; <paramref name="Coverage"/> is full, partial or unknown, and
/// <paramref name="CompleteFrom"/> where a partial source's blind spot ends (every post after it was seen).
/// </remarks>
public sealed record AccountStatusRow(
    string? AccountCode,
    string Name,
    string Platform,
    string? Handle,
    string Fetch,
    string? FetchError,
    string SourceKind,
    string? Feed,
    string Coverage,
    DateTimeOffset? CompleteFrom,
    DateTimeOffset? LatestPostAt,
    int PostsInWindow,
    int OriginalPostsInWindow,
    DateTimeOffset Cutoff,
    IReadOnlyDictionary<string, string> Verdicts);
