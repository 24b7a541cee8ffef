using Hangfire;
using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Sweep;
using Monitor.Shared;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Jobs;

/// <summary>
/// The sweep's Hangfire jobs. <see cref="StartAsync"/> (the daily recurring job, 立即巡检) plans the sweep, or resumes
/// the unfinished one at the same cut-off, and enqueues one <see cref="RunBatchAsync"/> per open batch; the batch that
/// finishes last completes the run (a check in the database, see <see cref="SweepBatchRunner.TryFinishRunAsync"/>).
/// </summary>
public sealed class SweepJobs(IDbContextFactory<MonitorDbContext> factory, SweepPlanner planner, SweepBatchRunner runner,
    IBackgroundJobClient jobs, TimeProvider time)
{
    /// <summary>The daily sweep's recurring-job id.</summary>
    public const string DailyId = "monitor.sweep";

    /// <summary>The daily sweep: at the last midnight in Asia/Shanghai.</summary>
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    [JobDisplayName("每日巡检")]
    public Task DailyAsync(CancellationToken ct) => StartAsync(null, "scheduled", ct);

    /// <summary>Starts (or resumes) the sweep at <paramref name="cutoffUtc"/> (default: the last midnight) and enqueues its batches.</summary>
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    [JobDisplayName("巡检：规划并分发批次（{1}）")]
    public async Task StartAsync(DateTime? cutoffUtc, string trigger, CancellationToken ct)
    {
        var cutoff = cutoffUtc ?? ChinaTime.LastMidnightUtc(time.GetUtcNow().UtcDateTime);
        var runId = await planner.StartAsync(cutoff, trigger, ct);
        await EnqueueBatchesAsync(runId, ct);
    }

    /// <summary>
    /// One batch, on whichever node Hangfire hands it to. Idempotent: a batch already done is skipped, and only one
    /// delivery of a batch can commit. A failure is retried by Hangfire until the batch is given up.
    /// </summary>
    [AutomaticRetry(Attempts = 20, DelaysInSeconds = [1, 5, 15, 30, 60], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("巡检批次 {0}")]
    public Task RunBatchAsync(long batchId, CancellationToken ct) => runner.RunBatchAsync(batchId, ct);

    /// <summary>
    /// Enqueues a batch job for every batch of the run not yet done. Resuming a run enqueues its open batches again:
    /// a second delivery of a batch changes nothing, so that is safe.
    /// </summary>
    public async Task<int> EnqueueBatchesAsync(long runId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var batches = await db.SweepBatches
            .Where(b => b.SweepRunId == runId && (b.State == SweepBatchState.Pending || b.State == SweepBatchState.Claimed))
            .OrderBy(b => b.Number)
            .Select(b => b.Id)
            .ToListAsync(ct);
        foreach (var id in batches)
        {
            jobs.Enqueue<SweepJobs>(j => j.RunBatchAsync(id, CancellationToken.None));
        }
        if (batches.Count == 0)
        {
            await runner.TryFinishRunAsync(runId, ct);
        }
        return batches.Count;
    }

    /// <summary>立即巡检 from the dashboard (or any process with the job storage): the same job as the daily trigger.</summary>
    public static string RunNow(IBackgroundJobClient jobs, DateTime? cutoffUtc, string trigger) =>
        jobs.Enqueue<SweepJobs>(j => j.StartAsync(cutoffUtc, trigger, CancellationToken.None));
}
