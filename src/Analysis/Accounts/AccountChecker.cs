namespace Monitor.Analysis.Accounts;

/// <summary>Runs every registered account rule on one account with the thresholds of its jurisdiction.</summary>
public sealed class AccountChecker(IEnumerable<IAccountCheck> checks, RuleSettings rules)
{
    private readonly IReadOnlyList<IAccountCheck> _checks = checks.ToList();

    public IReadOnlyList<IAccountCheck> Checks => _checks;

    /// <summary>The longest window of any rule for any jurisdiction, so callers load enough posts once.</summary>
    public int LongestWindowDays(string? regionCode) => rules.Current.For(regionCode).LongestWindowDays;

    public IReadOnlyList<AccountCheckVerdict> Evaluate(AccountActivity activity)
    {
        var thresholds = rules.Current.For(activity.RegionCode);
        return _checks.Select(c => c.Evaluate(activity, thresholds)).ToList();
    }
}
