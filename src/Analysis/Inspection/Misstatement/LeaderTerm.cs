namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>One person holding one canonical title from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive; null: in office).</summary>
public sealed record LeaderTerm(string Name, string Title, DateOnly From, DateOnly? To)
{
    public bool HeldOn(DateOnly date) => From <= date && (To is null || date < To);

    public bool HeldDuring(int year) => From.Year <= year && (To is null || To.Value > new DateOnly(year, 1, 1));

    /// <summary>Held on any day from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    public bool HeldDuring(DateOnly from, DateOnly to) => From < to && (To is null || To.Value > from);
}
