namespace Monitor.Ingest.Jobs;

/// <summary>
/// Bound to <c>Monitor:Jobs</c>: whether this process runs a Hangfire server, and how. The job storage follows
/// <c>Monitor:Storage:Provider</c>: a SQLite file beside the database by default, the <c>hangfire</c> schema of the
/// PostgreSQL database when several nodes share the work.
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "Monitor:Jobs";

    /// <summary>Run a job server in this process (the dashboard by default; <c>monitor worker</c> always).</summary>
    public bool Enabled { get; set; }

    /// <summary>Cron of the daily sweep (5 fields, or 6 with seconds), in <see cref="TimeZone"/>.</summary>
    public string SweepCron { get; set; } = "0 2 * * *";

    /// <summary>Time zone of every recurring job's cron.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Crons of other recurring jobs by id (<c>Monitor:Jobs:Cron:&lt;id&gt;</c>), overriding their defaults.</summary>
    public Dictionary<string, string> Cron { get; set; } = [];

    /// <summary>Jobs one node runs at once on PostgreSQL. On SQLite (one writer) a node runs one.</summary>
    public int WorkerCount { get; set; } = 4;

    /// <summary>How often an idle server looks for enqueued jobs, in milliseconds (Hangfire.Storage.SQLite's default is 15 s).</summary>
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>How often scheduled jobs (retries) are moved to the queue, in seconds (Hangfire's default is 15).</summary>
    public int SchedulePollSeconds { get; set; } = 2;

    /// <summary>
    /// PostgreSQL: how long a fetched job stays invisible to the other nodes; a job not finished by then (its node died)
    /// is handed to another node. Keep it well above a batch's run time: a batch delivered twice is counted once, but
    /// its accounts would be fetched twice.
    /// </summary>
    public int InvisibilitySeconds { get; set; } = 1800;

    public TimeZoneInfo ResolveTimeZone() =>
        TimeZone is "Asia/Shanghai" or "" ? Monitor.Shared.ChinaTime.Zone : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
