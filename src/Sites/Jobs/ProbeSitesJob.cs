using Monitor.Sites.Probes;
using Quartz;

namespace Monitor.Sites.Jobs;

/// <summary>Every minute: probes the sites whose slot has come (a thin wrapper, so the job host can change).</summary>
[DisallowConcurrentExecution]
public sealed class ProbeSitesJob(ProbeSitesService service) : IJob
{
    public static readonly JobKey Key = new("site-probes", "monitor");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await service.ProbeDueSitesAsync(cancellationToken);
}
