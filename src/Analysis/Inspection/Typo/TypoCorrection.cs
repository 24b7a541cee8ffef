namespace Monitor.Analysis.Inspection.Typo;

/// <summary>One suspected typo: the char at <see cref="Offset"/> (of the checked text) should be <see cref="Replacement"/>.</summary>
public readonly record struct TypoCorrection(int Offset, char Original, char Replacement, double Gain, bool CompletesWord);
