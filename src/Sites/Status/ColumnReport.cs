namespace Monitor.Sites.Status;

/// <summary>One column: its class, what its list showed and how it stands against its class's window.</summary>
public sealed class ColumnReport
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    /// <summary>dynamic | notice | interaction | other.</summary>
    public string Class { get; set; } = "other";
    public string ClassLabel { get; set; } = "";
    /// <summary>Shown as a block on the home page (首页栏目) rather than only in the navigation.</summary>
    public bool OnHomePage { get; set; }
    /// <summary>fresh | stale | blank | undated | dated (no update rule for the class) | failed (page not readable).</summary>
    public string State { get; set; } = "";
    /// <summary>Latest item date on or before the cut-off.</summary>
    public string? LatestItemDate { get; set; }
    public int Items { get; set; }
    public int ItemsInWindow { get; set; }
    public int Pages { get; set; }
    /// <summary>The update window of the class in days (14, or the days in the 6 months before the cut-off); null when none applies.</summary>
    public int? WindowDays { get; set; }
    public string? Error { get; set; }
}
