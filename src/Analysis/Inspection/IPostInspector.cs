namespace Monitor.Analysis.Inspection;

/// <summary>
/// One post-level check (personal data, misstatement, typo, repost source). Contract: <see cref="Inspect"/> is
/// pure and thread-safe (inspectors are singletons and run on many posts at once), does not throw for any input
/// text, and returns spans in UTF-16 code units of <see cref="InspectionText.Normalised"/>; the runner maps them
/// back to the original text.
/// </summary>
public interface IPostInspector
{
    /// <summary>The rule family this inspector owns, e.g. <c>pii</c>.</summary>
    string Family { get; }

    IEnumerable<InspectorFinding> Inspect(InspectionText text, InspectionContext context);
}
