namespace Monitor.Shared.Domain;

/// <summary>How much a finding weighs: a confirmed <see cref="Veto"/> fails the whole account (单项否决).</summary>
public enum Severity
{
    Info,
    Warning,
    Veto,
}
