namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>Titles written together (中共中央总书记、国家主席、中央军委主席) and the span they cover.</summary>
internal sealed record TitleMention(List<TitleForm> Forms, int Start, int End)
{
    public bool AnyStrong => Forms.Any(f => f.Strong);
}
