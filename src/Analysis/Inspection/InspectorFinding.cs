using Monitor.Shared.Domain;

namespace Monitor.Analysis.Inspection;

/// <summary>What an inspector reports; the runner turns it into a stored <see cref="Finding"/>.</summary>
public sealed record InspectorFinding(
    string RuleId,
    FindingKind Kind,
    Severity Severity,
    int Start,
    int Length,
    string Message,
    string? Suggestion = null,
    double Confidence = 1.0);
