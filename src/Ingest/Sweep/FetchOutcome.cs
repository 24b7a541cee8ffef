using Monitor.Sources;

namespace Monitor.Ingest.Sweep;

/// <summary>What happened when the sweep went to fetch one account: posts, a typed failure, or no attempt (not due, backing off, manual).</summary>
public sealed record FetchOutcome(FetchResult? Result, FetchException? Error)
{
    public static readonly FetchOutcome NotAttempted = new(null, null);
}
