using Monitor.Shared.Domain;

namespace Monitor.Analysis.Compliance;

/// <summary>
/// Bound to <c>Monitor:Compliance</c>: which confirmed findings make an account 不合格 (单项否决). Whether 原创不足 is
/// a veto is not decided here: <c>Monitor:Rules:…:OriginalIsVeto</c> already makes <c>original.two-week</c> a fail or
/// a warning, and only fails count.
/// </summary>
public sealed class ComplianceOptions
{
    public const string Section = "Monitor:Compliance";

    public List<FindingKind> VetoFindingKinds { get; set; } = [FindingKind.SevereMisstatement, FindingKind.PersonalDataLeak];

    /// <summary>Whether a finding already marked 已整改 still counts against the period it was published in.</summary>
    public bool CountFixedFindings { get; set; }
}
