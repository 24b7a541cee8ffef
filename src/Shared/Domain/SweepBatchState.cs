namespace Monitor.Shared.Domain;

public enum SweepBatchState
{
    Pending,
    Claimed,
    Done,
    /// <summary>Gave up after the configured number of attempts; its accounts are reported in the run's errors.</summary>
    Failed,
}
