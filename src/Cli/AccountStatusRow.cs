namespace Monitor.Cli;

/// <summary>One line of <c>monitor accounts status</c>, as the JSON output spells it (design.md §6).</summary>
public sealed record AccountStatusRow(
    string? AccountCode,
    string Name,
    string Platform,
    string? Handle,
    string Fetch,
    string? FetchError,
    DateTimeOffset? LatestPostAt,
    int PostsInWindow,
    int OriginalPostsInWindow,
    DateTimeOffset Cutoff,
    IReadOnlyDictionary<string, string> Verdicts);
