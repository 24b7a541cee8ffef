namespace Monitor.Ingest.Sweep;

/// <summary>The counters one batch adds to its run, written once, in the batch's own transaction.</summary>
public sealed record BatchOutcome(int AccountsDone, int AccountsFailed, int NewPosts, int NewFindings);
