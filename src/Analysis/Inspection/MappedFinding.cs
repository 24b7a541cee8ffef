using Monitor.Shared.Domain;

namespace Monitor.Analysis.Inspection;

/// <summary>
/// A finding with its span mapped back to the original text. <see cref="Text"/> is the raw original span (only
/// for the caller who supplied the text; never stored), <see cref="Excerpt"/> the span in context with every
/// piece of personal data masked.
/// </summary>
public sealed record MappedFinding(
    string RuleId,
    FindingKind Kind,
    Severity Severity,
    int Start,
    int Length,
    string Text,
    string Excerpt,
    string? Suggestion,
    string Message,
    double Confidence);
