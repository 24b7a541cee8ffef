namespace Monitor.Sources;

/// <summary>Settings every HTTP source shares, bound to <c>Monitor:Connectors:&lt;Name&gt;</c>.</summary>
public class ConnectorOptions
{
    public const string SectionPrefix = "Monitor:Connectors:";

    /// <summary>Where the platform lives; tests and checks point it at a fake server.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Requests per second across all accounts of this source; 0 or less means unlimited.</summary>
    public double PermitsPerSecond { get; set; } = 1;

    /// <summary>Extra attempts after a transient failure (5xx, timeout, network).</summary>
    public int RetryCount { get; set; } = 3;

    /// <summary>First back-off delay between attempts; grows exponentially with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Per-attempt timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A guard against endless paging when a platform keeps answering "more".</summary>
    public int MaxPages { get; set; } = 20;

    public string? UserAgent { get; set; }
}
