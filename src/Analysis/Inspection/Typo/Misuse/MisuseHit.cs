namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// One misuse found in a sentence: the chars at <see cref="Offset"/> read <see cref="Original"/> and should read
/// <see cref="Replacement"/> (same length); <see cref="Context"/> is the phrase the message quotes.
/// </summary>
internal readonly record struct MisuseHit(int Offset, string Original, string Replacement, string RuleId, string Context)
{
    public int Length => Original.Length;
}
