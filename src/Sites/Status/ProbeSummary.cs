namespace Monitor.Sites.Status;

/// <summary>The availability probes in the week before the cut-off.</summary>
public sealed class ProbeSummary
{
    public DateTimeOffset WindowStart { get; set; }
    public DateTimeOffset WindowEnd { get; set; }
    public int Total { get; set; }
    public int Failed { get; set; }
    /// <summary>Failed / Total, 0–1 (0 when there were no probes).</summary>
    public double FailureRate { get; set; }
    /// <summary>Probes the rule needs in the window (days × probes a day) before it can judge.</summary>
    public int Required { get; set; }
    /// <summary>The most recent failures, newest first (at most 10), as evidence.</summary>
    public List<ProbeFailure> RecentFailures { get; set; } = [];
}
