namespace Monitor.Shared.Domain;

/// <summary>One sweep over the register at one cut-off; its counters move while it runs.</summary>
public class SweepRun
{
    public long Id { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public DateTime CutoffUtc { get; set; }
    public SweepState State { get; set; }
    /// <summary>scheduled, manual, cli.</summary>
    public string Trigger { get; set; } = "manual";

    public int AccountsTotal { get; set; }
    public int AccountsDone { get; set; }
    public int AccountsFailed { get; set; }
    public int NewPosts { get; set; }
    public int NewFindings { get; set; }
    /// <summary>The first errors, one per line, for the sweep page.</summary>
    public string? Errors { get; set; }
}
