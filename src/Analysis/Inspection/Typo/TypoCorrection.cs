namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// One suspected typo: the chars at <see cref="Offset"/> (of the checked text) read <see cref="Original"/> and should
/// read <see cref="Replacement"/> (same length: one char, or two when both chars of a word were mistyped).
/// </summary>
public readonly record struct TypoCorrection(int Offset, string Original, string Replacement, double Gain, bool CompletesWord)
{
    public int Length => Original.Length;
}
