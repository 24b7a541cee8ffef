using Monitor.Analysis.Text;

namespace Monitor.Analysis.Inspection;

/// <summary>What <c>monitor check</c> does to one input line: normalise the plain text, inspect, map back.</summary>
public sealed class LineChecker(InspectionRunner runner)
{
    public IReadOnlyList<MappedFinding> Check(string line, DateOnly publishedOn) =>
        runner.Inspect(TextNormaliser.FromPlain(line), new InspectionContext(publishedOn));

    /// <summary>The rule's kind segment: <c>pii.id-card</c> → <c>id-card</c>.</summary>
    public static string KindOf(string ruleId)
    {
        var parts = ruleId.Split('.');
        return parts.Length > 1 ? parts[1] : parts[0];
    }
}
