using Monitor.Shared.Domain;

namespace Monitor.Analysis.Accounts;

/// <summary>One rule's verdict on one account at one cut-off, with the evidence in Chinese.</summary>
public sealed record AccountCheckVerdict(string RuleId, int RuleVersion, DateTime CutoffUtc, Verdict Verdict, string Evidence);
