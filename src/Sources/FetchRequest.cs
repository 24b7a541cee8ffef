using Monitor.Shared.Domain;

namespace Monitor.Sources;

/// <summary>
/// What to fetch: the account, the source's own cursor from the previous success (null on the first fetch),
/// and how far back to read (<paramref name="SinceUtc"/>: the rule window plus a margin to catch edits and deletions).
/// <paramref name="CutoffUtc"/> is the monitoring cut-off the fetch serves (null: now): a source that must ask for a date
/// range (WeChat datacube) reads nothing after it, so a back-dated sweep costs no calls for days the verdict ignores.
/// </summary>
public sealed record FetchRequest(GovAccount Account, string? Cursor, DateTime SinceUtc, DateTime NowUtc, DateTime? CutoffUtc = null)
{
    /// <summary>The end of what the fetch must see: the cut-off, or now when there is none or it lies ahead.</summary>
    public DateTime UntilUtc => CutoffUtc is { } c && c < NowUtc ? c : NowUtc;
}
