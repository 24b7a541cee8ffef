namespace Monitor.Analysis.Compliance;

/// <summary>Everything the notice and its attachments print for one period, scope and cut-off.</summary>
public sealed record ComplianceReport(
    ReportPeriod Period,
    ComplianceScope Scope,
    string ScopeName,
    DateTime CutoffUtc,
    DateTime? PreviousCutoffUtc,
    IReadOnlyList<NonCompliantRow> NonCompliant,
    IReadOnlyList<NonCompliantRow> Pending,
    IReadOnlyList<SummaryRow> Regions,
    IReadOnlyList<SummaryRow> Platforms,
    IReadOnlyList<TrackingRow> RepeatOffenders,
    IReadOnlyList<TrackingRow> Rectifications)
{
    public SummaryRow Total => Regions[^1];
}
