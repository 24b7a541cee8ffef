using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// Turns one version of a post into findings. Contract: pure and thread-safe; the findings carry the post's id,
/// account and version; the caller stores them and marks the post analysed. The sweep's seam to the inspectors.
/// </summary>
public interface IPostAnalyser
{
    IReadOnlyList<Finding> Analyse(Post post, GovAccount account);
}
