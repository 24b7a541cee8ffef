namespace Monitor.Ingest.Demo;

/// <summary>Bound to <c>Monitor:Demo</c>: load the demo register and posts into an empty database on first start.</summary>
public class DemoOptions
{
    public const string Section = "Monitor:Demo";

    public bool Enabled { get; set; } = true;

    /// <summary>Folder with <c>register.csv</c> and <c>posts.jsonl</c>; empty means the checkout's <c>demo/</c>.</summary>
    public string? Folder { get; set; }
}
