using Monitor.Ingest.Sweep;
using Quartz;

namespace Monitor.Ingest.Jobs;

/// <summary>One batch of one sweep, on whichever node the scheduler hands it to; recovered if that node dies.</summary>
public sealed class SweepBatchJob(SweepBatchRunner runner) : IJob
{
    public static readonly JobKey Key = new("sweep-batch", "monitor");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var batchId = context.MergedJobDataMap.GetLong("batchId");
        // A recovering job's node is known dead, so its claim may be taken over before the lease runs out.
        await runner.RunBatchAsync(batchId, takeOver: context.Recovering, cancellationToken);
    }
}
