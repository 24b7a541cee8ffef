using Monitor.Shared.Domain;

namespace Monitor.Analysis.Accounts;

/// <summary>
/// Everything the account rules see about one account at one cut-off: its posts in the longest rule window before
/// the cut-off, its latest counted post before the cut-off, and how complete the data behind them is.
/// </summary>
public sealed record AccountActivity(
    long AccountId,
    string? RegionCode,
    bool IsPublishing,
    DateTime CutoffUtc,
    IReadOnlyList<ActivityPost> Posts,
    DateTime? LatestPostUtc,
    bool LastFetchFailed,
    string? FetchError,
    Coverage Coverage,
    DateTime? CompleteFromUtc = null)
{
    /// <summary>
    /// True when the source saw every post of the <paramref name="days"/> days before the cut-off: full coverage, or a
    /// partial one whose blind spot (<see cref="CompleteFromUtc"/>) ends before the window starts.
    /// </summary>
    public bool SeesWindow(int days) =>
        Coverage == Coverage.Full || (Coverage == Coverage.Partial && CompleteFromUtc is { } from && from <= CutoffUtc.AddDays(-days));

    /// <summary>True when a missing post may be our blind spot rather than the account's silence.</summary>
    public bool Incomplete => LastFetchFailed || Coverage != Coverage.Full;

    /// <summary>Counted posts published in the <paramref name="days"/> days before the cut-off (start included, cut-off excluded).</summary>
    public IEnumerable<ActivityPost> InWindow(int days)
    {
        var start = CutoffUtc.AddDays(-days);
        return Posts.Where(p => p.CountsAsUpdate && p.PublishedUtc >= start && p.PublishedUtc < CutoffUtc);
    }
}
