namespace Monitor.Ingest.Sweep;

/// <summary>Bound to <c>Monitor:Sweep</c>: how a sweep cuts its work and how hard it pushes the sources.</summary>
public sealed class SweepOptions
{
    public const string Section = "Monitor:Sweep";

    /// <summary>Accounts per batch: one job, one transaction, one commit of the progress counters.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Fetches in flight at once within a batch.</summary>
    public int FetchConcurrency { get; set; } = 8;

    /// <summary>A batch that failed this many times is given up (state Failed) so the sweep can finish.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How far back an account with an earlier success is fetched: the rule window plus a margin for edits.</summary>
    public int LookbackDays { get; set; } = 21;
}
