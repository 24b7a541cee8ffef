namespace Monitor.Shared.Domain;

/// <summary>The family of a finding; the rule id carries the detail (<c>pii.id-card</c>, <c>typo.confusable</c>).</summary>
public enum FindingKind
{
    Typo,
    SevereMisstatement,
    PersonalDataLeak,
    RepostWithoutSource,
    Other,
}
