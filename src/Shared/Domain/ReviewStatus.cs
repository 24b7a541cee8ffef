namespace Monitor.Shared.Domain;

/// <summary>待复核 / 确认 / 误报 / 已整改. Only <see cref="Confirmed"/> findings reach the non-compliant list.</summary>
public enum ReviewStatus
{
    Pending,
    Confirmed,
    Dismissed,
    Fixed,
}
