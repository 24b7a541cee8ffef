namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// A way of writing a title (<c>总理</c>, <c>国务院总理</c>) and the canonical title it stands for. Only a strong form
/// (borne by national leaders alone) makes a wrong or outdated holder a finding.
/// </summary>
public sealed record TitleForm(string Surface, string Canonical, bool Strong);
