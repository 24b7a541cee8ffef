using Monitor.Shared.Domain;

namespace Monitor.Analysis.Compliance;

/// <summary>One active account in scope, judged for one period at one cut-off. <see cref="Checked"/> means decided (检查数).</summary>
public sealed record AccountJudgement(GovAccount Account, bool Checked, IReadOnlyList<string> Problems,
    IReadOnlyList<string> Unknowns, DateTime? LastUpdateUtc, IReadOnlyList<Finding> FixedFindings)
{
    /// <summary>What shows each problem (the rule's evidence, the post's date, excerpt and link), for the list's 问题依据.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    public bool Failed => Problems.Count > 0;
    /// <summary>待核实: a rule could not decide (fetch failed, partial coverage) and nothing else failed.</summary>
    public bool Pending => !Failed && Unknowns.Count > 0;
}
