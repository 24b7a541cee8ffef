namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>A year or a month a text speaks of: <see cref="From"/> inclusive, <see cref="To"/> exclusive.</summary>
internal readonly record struct StatedPeriod(DateOnly From, DateOnly To);
