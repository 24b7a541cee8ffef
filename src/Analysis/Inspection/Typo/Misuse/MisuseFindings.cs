using Monitor.Shared.Domain;

namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>Turns the misuses of a sentence into findings: <c>typo.de</c> for 的/地/得, <c>typo.misuse</c> for the word pairs.</summary>
internal static class MisuseFindings
{
    /// <summary>
    /// One finding per misuse; it replaces what the statistical checker flagged among its chars (the rules are the more
    /// precise: the language model reads 既使 as 及时). Clears <paramref name="misuses"/>.
    /// </summary>
    public static void AddTo(List<InspectorFinding> findings, List<MisuseHit> misuses, int sentenceStart)
    {
        foreach (var m in misuses)
        {
            var at = sentenceStart + m.Offset;
            findings.RemoveAll(f => f.Start < at + m.Length && at < f.Start + f.Length);
            // The suggestion replaces exactly the flagged span (design.md §6): the wrong form, not its context.
            findings.Add(new InspectorFinding(m.RuleId, FindingKind.Typo, Severity.Warning, at, m.Length, Message(m), m.Replacement, 0.9));
        }
        misuses.Clear();
    }

    public static string Message(MisuseHit m) => m.Context == m.Original
        ? $"疑似误用：“{m.Original}”应为“{m.Replacement}”"
        : $"疑似误用：“{m.Context}”中“{m.Original}”应为“{m.Replacement}”";
}
