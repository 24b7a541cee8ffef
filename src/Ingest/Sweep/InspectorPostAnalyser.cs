using Monitor.Analysis.Feedback;
using Monitor.Analysis.Inspection;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>The sweep's analyser: the Analysis project's <see cref="InspectionRunner"/> over every registered inspector.</summary>
public sealed class InspectorPostAnalyser(InspectionRunner runner, IAllowList allowList, TimeProvider time) : IPostAnalyser
{
    // Loading the reviewers' allow-list hands its words to the typo checker before the first post is inspected.
    private readonly IReadOnlySet<string> _allowed = allowList.Snapshot();

    public IReadOnlyList<Finding> Analyse(Post post, GovAccount account)
    {
        var findings = runner.InspectPost(post, time.GetUtcNow().UtcDateTime, account.Name);
        foreach (var f in findings)
        {
            f.AccountId = account.Id;
        }
        return findings;
    }
}
