namespace Monitor.Shared.Domain;

/// <summary>
/// The outcome of one account rule at one cut-off. <see cref="Unknown"/> is not a pass: it means the data
/// could not support a verdict (the fetch failed, or the source cannot see every post).
/// </summary>
public enum Verdict
{
    Pass,
    Fail,
    Warning,
    Unknown,
}
