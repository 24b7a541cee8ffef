namespace Monitor.Shared.Domain;

/// <summary>Who did what, when, from what to what: every review and configuration change.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string Actor { get; set; } = "";
    /// <summary>e.g. finding.confirm, rule.update, account.import.</summary>
    public string Action { get; set; } = "";
    public string Target { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}
