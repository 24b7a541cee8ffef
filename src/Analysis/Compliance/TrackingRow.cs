namespace Monitor.Analysis.Compliance;

/// <summary>A repeat offender or a rectification: the account and what happened across the two periods.</summary>
public sealed record TrackingRow(int Number, string Region, string Name, string AccountCode, string Platform,
    string PreviousProblems, string CurrentStatus);
