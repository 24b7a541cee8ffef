namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// Severe misstatements (<c>misstatement.*</c>): altered formulations and official names, leaders' names written
/// wrong, titles paired with the wrong person or outdated at the post's date. Reads the current lexicon snapshot.
/// </summary>
public sealed class MisstatementInspector(MisstatementLexiconProvider lexicon) : IPostInspector
{
    public string Family => "misstatement";

    public IEnumerable<InspectorFinding> Inspect(InspectionText text, InspectionContext context)
    {
        var matchers = lexicon.Current;
        var s = text.Normalised;
        var findings = new List<InspectorFinding>();
        matchers.Formulations.Find(s, findings);
        matchers.Titles.Find(s, context.PublishedOn, findings);
        if (s.Contains('、'))
        {
            matchers.Lists.Find(s, findings);
        }
        matchers.Names.Find(s, findings);
        // A name can be judged wrong both next to its title and in the words around it: one finding per span.
        return findings.Count > 1 ? findings.DistinctBy(f => (f.RuleId, f.Start, f.Length)).ToList() : findings;
    }
}
