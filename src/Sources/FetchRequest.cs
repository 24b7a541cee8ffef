using Monitor.Shared.Domain;

namespace Monitor.Sources;

/// <summary>
/// What to fetch: the account, the source's own cursor from the previous success (null on the first fetch),
/// and how far back to read (<paramref name="SinceUtc"/>: the rule window plus a margin to catch edits and deletions).
/// </summary>
public sealed record FetchRequest(GovAccount Account, string? Cursor, DateTime SinceUtc, DateTime NowUtc);
