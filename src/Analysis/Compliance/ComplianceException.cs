namespace Monitor.Analysis.Compliance;

/// <summary>A report that cannot be made as asked; the message is shown to the user as is.</summary>
public sealed class ComplianceException(string message) : Exception(message);
