namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>A fixed formulation or official name, and wrong variants that are always flagged.</summary>
public sealed record Formulation(string Text, bool IsOfficialName, IReadOnlyList<string> WrongVariants);
