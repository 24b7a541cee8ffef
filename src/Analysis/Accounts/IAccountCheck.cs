namespace Monitor.Analysis.Accounts;

/// <summary>
/// One account-level rule (design.md §3), judged at a cut-off. Contract: <see cref="Evaluate"/> is pure (no clock,
/// no database: time comes only from <see cref="AccountActivity.CutoffUtc"/>) and thread-safe; it returns exactly one
/// verdict whose evidence says why in Chinese. A verdict that would be a fail or a warning becomes
/// <see cref="Shared.Domain.Verdict.Unknown"/> when <see cref="AccountActivity.Incomplete"/> (a failed fetch or partial
/// coverage is never evidence of silence); a pass stays a pass, since a post we did see was published.
/// Changing what a rule decides means bumping <see cref="Version"/>.
/// </summary>
public interface IAccountCheck
{
    /// <summary>Stable id, e.g. <c>update.two-week</c>.</summary>
    string RuleId { get; }

    int Version { get; }

    AccountCheckVerdict Evaluate(AccountActivity activity, RuleThresholds thresholds);
}
