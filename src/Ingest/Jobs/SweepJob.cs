using Monitor.Shared;
using Quartz;

namespace Monitor.Ingest.Jobs;

/// <summary>The daily sweep and "run now": plans the sweep and fans its batches out as <see cref="SweepBatchJob"/>s.</summary>
[DisallowConcurrentExecution]
public sealed class SweepJob(SweepFanOut fanOut, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("sweep", "monitor");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var cutoff = data.TryGetString("cutoff", out var text) && DateTime.TryParse(text, null,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : ChinaTime.LastMidnightUtc(time.GetUtcNow().UtcDateTime);
        var trigger = data.TryGetString("trigger", out var t) && t is not null ? t : "scheduled";
        await fanOut.RunAsync(context.Scheduler, cutoff, trigger, cancellationToken);
    }
}
