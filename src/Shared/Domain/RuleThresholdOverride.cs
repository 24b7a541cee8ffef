namespace Monitor.Shared.Domain;

/// <summary>
/// One threshold an administrator set on the dashboard, layered over the configured <c>Monitor:Rules</c>:
/// <see cref="Scope"/> is empty for the defaults or a region-code prefix, <see cref="Name"/> a threshold's name.
/// </summary>
public class RuleThresholdOverride
{
    public long Id { get; set; }
    public string Scope { get; set; } = "";
    public required string Name { get; set; }
    public int Value { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}
