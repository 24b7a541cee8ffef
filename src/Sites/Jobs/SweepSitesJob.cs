using Monitor.Shared;
using Monitor.Sites.Sweep;
using Quartz;

namespace Monitor.Sites.Jobs;

/// <summary>The daily website sweep at the same time as the account sweep, judged at last midnight (China time).</summary>
[DisallowConcurrentExecution]
public sealed class SweepSitesJob(SweepSitesService service, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("site-sweep", "monitor");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await service.RunAsync(ChinaTime.LastMidnightUtc(time.GetUtcNow().UtcDateTime), cancellationToken);
}
