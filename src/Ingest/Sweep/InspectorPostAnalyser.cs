using Monitor.Analysis.Inspection;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>The sweep's analyser: the Analysis project's <see cref="InspectionRunner"/> over every registered inspector.</summary>
public sealed class InspectorPostAnalyser(InspectionRunner runner, TimeProvider time) : IPostAnalyser
{
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
