namespace Monitor.Ingest.Jobs;

/// <summary>
/// Bound to <c>Monitor:Jobs</c>: whether this process hosts the scheduler, and how. In memory by default (one
/// process runs everything); the ADO store on PostgreSQL with clustering when several nodes share the work.
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "Monitor:Jobs";

    /// <summary>Host the scheduler in this process (the dashboard by default; <c>monitor worker</c> always).</summary>
    public bool Enabled { get; set; }

    /// <summary>Use Quartz's tables in the PostgreSQL database and share the jobs with every other node.</summary>
    public bool Clustered { get; set; }

    /// <summary>Quartz cron for the daily sweep, in <see cref="TimeZone"/>.</summary>
    public string SweepCron { get; set; } = "0 0 2 * * ?";

    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Jobs one node runs at once. SQLite has one writer, so the in-memory store on SQLite runs one.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How often a clustered node checks in; a node silent for about twice this is recovered by the others.</summary>
    public int CheckinSeconds { get; set; } = 10;

    /// <summary>How long an idle node waits before looking for triggers again: it is how soon the other nodes join a fanned-out sweep.</summary>
    public int IdleWaitSeconds { get; set; } = 5;
}
