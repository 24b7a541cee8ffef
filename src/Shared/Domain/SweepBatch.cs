namespace Monitor.Shared.Domain;

/// <summary>
/// One unit of a sweep's work: the active accounts with ids in [<see cref="FirstAccountId"/>, <see cref="LastAccountId"/>].
/// A node claims it for a lease, does all of its writes in one transaction, and marks it done in that same
/// transaction, so a crash loses the batch's work entirely (it is claimed again) and never counts it twice.
/// </summary>
public class SweepBatch
{
    public long Id { get; set; }
    public long SweepRunId { get; set; }
    public int Number { get; set; }
    public long FirstAccountId { get; set; }
    public long LastAccountId { get; set; }
    public int AccountCount { get; set; }

    public SweepBatchState State { get; set; }
    public string? ClaimedBy { get; set; }
    /// <summary>After this instant a claimed batch is presumed abandoned and may be claimed by another node.</summary>
    public DateTime? ClaimedUntil { get; set; }
    public int Attempts { get; set; }
    public DateTime? FinishedAt { get; set; }

    public int AccountsDone { get; set; }
    public int AccountsFailed { get; set; }
    public int NewPosts { get; set; }
    public int NewFindings { get; set; }
}
