namespace Monitor.Analysis.Compliance;

public enum PeriodKind
{
    Quarter,
    Month,
    Custom,
}
