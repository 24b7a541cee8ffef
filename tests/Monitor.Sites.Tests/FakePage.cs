namespace Monitor.Sites.Tests;

/// <summary>How the fake site serves one page.</summary>
public sealed record FakePage
{
    public string Html { get; init; } = "";
    public bool Gbk { get; init; }
    /// <summary>The charset in the Content-Type header; null sends none (as many government servers do).</summary>
    public string? CharsetHeader { get; init; } = "utf-8";
    public int Status { get; init; } = 200;
    public string? RedirectTo { get; init; }
    /// <summary>Asked at each request: how long to wait before answering.</summary>
    public Func<TimeSpan>? Delay { get; init; }
}
