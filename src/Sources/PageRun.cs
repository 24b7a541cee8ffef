namespace Monitor.Sources;

/// <summary>The posts of a paged read, and whether it stopped at the page limit before leaving the window.</summary>
public sealed record PageRun(List<SourcePost> Posts, bool Truncated)
{
    public Shared.Domain.Coverage Coverage(Shared.Domain.Coverage whenComplete) =>
        Truncated ? Shared.Domain.Coverage.Partial : whenComplete;
}
