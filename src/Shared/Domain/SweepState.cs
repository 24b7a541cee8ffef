namespace Monitor.Shared.Domain;

public enum SweepState
{
    Running,
    Completed,
    Failed,
    Cancelled,
}
