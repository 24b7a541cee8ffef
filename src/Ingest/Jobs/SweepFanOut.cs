using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Sweep;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Quartz;

namespace Monitor.Ingest.Jobs;

/// <summary>
/// Starts (or resumes) the sweep at a cut-off and schedules one batch job per open batch. Trigger keys are derived
/// from the batch and a pending one is kept, so fanning out the same sweep again schedules nothing twice.
/// </summary>
public sealed class SweepFanOut(IDbContextFactory<MonitorDbContext> factory, SweepPlanner planner, TimeProvider time)
{
    public async Task<long> RunAsync(IScheduler scheduler, DateTime cutoffUtc, string trigger, CancellationToken ct)
    {
        var runId = await planner.StartAsync(cutoffUtc, trigger, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var batches = await db.SweepBatches
            .Where(b => b.SweepRunId == runId && (b.State == SweepBatchState.Pending || b.State == SweepBatchState.Claimed))
            .OrderBy(b => b.Number)
            .Select(b => new { b.Id, b.Number })
            .ToListAsync(ct);
        foreach (var batch in batches)
        {
            var job = TriggerBuilder.Create()
                .WithIdentity($"sweep-{runId}-batch-{batch.Number}", "monitor")
                .ForJob(SweepBatchJob.Key)
                .UsingJobData("batchId", batch.Id)
                // The scheduler's clock is the container's TimeProvider, not necessarily the wall clock.
                .StartAt(time.GetUtcNow())
                .Build();
            await scheduler.ScheduleTrigger(job, TriggerConflict.Keep, ct);
        }
        return runId;
    }

    /// <summary>"Run now" from the command line or the dashboard: the same job as the daily trigger.</summary>
    public static async Task RunNowAsync(ISchedulerFactory schedulers, DateTime? cutoffUtc, string trigger, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var data = new JobDataMap { ["trigger"] = trigger };
        if (cutoffUtc is { } cutoff)
        {
            data["cutoff"] = cutoff.ToString("O");
        }
        await scheduler.TriggerJob(SweepJob.Key, data, ct);
    }
}
