namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>A near-miss window of a formulation; <see cref="First"/>..<see cref="Last"/>: the replaced chars' offsets in the form, -1 when none was replaced.</summary>
internal readonly record struct FormulationCandidate(int Start, int Length, int Formulation, int First, int Last)
{
    public int End => Start + Length;
}
