namespace Monitor.Shared.Domain;

/// <summary>运行 / 关停. Closed accounts are kept for history but neither fetched nor checked.</summary>
public enum AccountStatus
{
    Active,
    Closed,
}
