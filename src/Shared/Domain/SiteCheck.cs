namespace Monitor.Shared.Domain;

/// <summary>
/// What the sweep found on one site at one cut-off: the whole status document (columns, links, probes, verdicts)
/// as JSON, so <c>monitor sites status</c>, the dashboard and the exports show exactly what was judged.
/// </summary>
public class SiteCheck
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    /// <summary>监测时间点, in UTC.</summary>
    public DateTime CutoffUtc { get; set; }
    public DateTime EvaluatedAt { get; set; }
    /// <summary>Number of rules that failed (veto items), for lists that do not read the document.</summary>
    public int Failed { get; set; }
    public string ReportJson { get; set; } = "{}";
}
