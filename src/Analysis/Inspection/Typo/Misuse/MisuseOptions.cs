namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// Settings of the misuse rules (的/地/得 and word pairs) of the typo checker. Not bound to configuration yet: to be
/// folded into <see cref="TypoOptions"/> (<c>Monitor:Typo:MisuseRules</c>).
/// </summary>
public sealed class MisuseOptions
{
    /// <summary>Whether the rules run at all (the statistical checker runs regardless).</summary>
    public bool Enabled { get; set; } = true;
}
