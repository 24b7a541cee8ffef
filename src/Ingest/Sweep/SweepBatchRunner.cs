using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// Runs one batch for the job engine. Hangfire hands each batch job to one worker; the database keeps the batch
/// idempotent: a batch already done (or given up) is skipped, and completion is a conditional update committed with
/// the batch's writes and the run's counters, so a batch delivered twice (a node died after finishing but before
/// acknowledging, or a job re-queued while the first delivery still ran) is counted once.
/// </summary>
public sealed class SweepBatchRunner(
    IDbContextFactory<MonitorDbContext> factory, SweepBatchWork work, TimeProvider time,
    IOptions<SweepOptions> options, ILogger<SweepBatchRunner> logger)
{
    /// <summary>This process's name on the batches it runs.</summary>
    public string NodeId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>
    /// Runs the batch unless it is already finished. Returns false when there was nothing to do. Throws when the batch
    /// failed and should be retried (Hangfire's retry); a batch that failed <see cref="SweepOptions.MaxAttempts"/> times,
    /// or with a failure a retry cannot fix, is given up (state Failed, listed in the run's errors) so the sweep can finish.
    /// </summary>
    public async Task<bool> RunBatchAsync(long batchId, CancellationToken ct)
    {
        if (!await StartAsync(batchId, ct))
        {
            return false;
        }
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var batch = await db.SweepBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, ct);
            var run = await db.SweepRuns.AsNoTracking().SingleAsync(r => r.Id == batch.SweepRunId, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var outcome = await work.DoAsync(db, batch, run, ct);
            if (!await CompleteAsync(db, batch, outcome, ct))
            {
                logger.LogWarning("Batch {BatchId} was completed by another delivery; discarding this one's work", batchId);
                await tx.RollbackAsync(CancellationToken.None);
                return true;
            }
            await tx.CommitAsync(ct);
            await TryFinishRunAsync(batch.SweepRunId, CancellationToken.None);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shut down (or Ctrl+C): not the batch's fault, so not an attempt.
            await ReleaseAsync(batchId, countAttempt: false);
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Batch {BatchId} failed", batchId);
            await AppendErrorAsync(batchId, e.Message);
            var attempts = await ReleaseAsync(batchId, countAttempt: true);
            if (attempts >= options.Value.MaxAttempts || !SweepRetryPolicy.IsRetryable(e))
            {
                await GiveUpAsync(batchId);
                return true;
            }
            throw new SweepBatchFailedException(batchId, attempts, e);
        }
    }

    /// <summary>Marks the batch as running on this node and counts the attempt; false when it is already done or given up.</summary>
    private async Task<bool> StartAsync(long batchId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var node = NodeId;
        var started = await db.SweepBatches
            .Where(b => b.Id == batchId && (b.State == SweepBatchState.Pending || b.State == SweepBatchState.Claimed))
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.State, SweepBatchState.Claimed)
                .SetProperty(b => b.ClaimedBy, node)
                .SetProperty(b => b.Attempts, b => b.Attempts + 1), ct);
        return started == 1;
    }

    private async Task<bool> CompleteAsync(MonitorDbContext db, SweepBatch batch, BatchOutcome o, CancellationToken ct)
    {
        var node = NodeId;
        var now = time.GetUtcNow().UtcDateTime;
        // Whichever delivery commits first completes the batch; a later one finds it Done and rolls back.
        var mine = await db.SweepBatches
            .Where(b => b.Id == batch.Id && (b.State == SweepBatchState.Claimed || b.State == SweepBatchState.Pending))
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.State, SweepBatchState.Done)
                .SetProperty(b => b.ClaimedBy, node)
                .SetProperty(b => b.FinishedAt, now)
                .SetProperty(b => b.AccountsDone, o.AccountsDone)
                .SetProperty(b => b.AccountsFailed, o.AccountsFailed)
                .SetProperty(b => b.NewPosts, o.NewPosts)
                .SetProperty(b => b.NewFindings, o.NewFindings), ct);
        if (mine != 1)
        {
            return false;
        }
        // Increments, not sums: concurrent batches of one run each add their own share exactly once.
        await db.SweepRuns.Where(r => r.Id == batch.SweepRunId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.AccountsDone, r => r.AccountsDone + o.AccountsDone)
            .SetProperty(r => r.AccountsFailed, r => r.AccountsFailed + o.AccountsFailed)
            .SetProperty(r => r.NewPosts, r => r.NewPosts + o.NewPosts)
            .SetProperty(r => r.NewFindings, r => r.NewFindings + o.NewFindings), ct);
        return true;
    }

    private async Task GiveUpAsync(long batchId)
    {
        await using var db = await factory.CreateDbContextAsync();
        var batch = await db.SweepBatches.AsNoTracking().SingleAsync(b => b.Id == batchId);
        var given = await db.SweepBatches.Where(b => b.Id == batchId && b.State == SweepBatchState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, SweepBatchState.Failed));
        if (given == 1)
        {
            await AppendErrorAsync(batchId, $"第{batch.Number}批（账号ID {batch.FirstAccountId}–{batch.LastAccountId}）多次失败，已放弃");
        }
        await TryFinishRunAsync(batch.SweepRunId, CancellationToken.None);
    }

    /// <summary>Puts the batch back to pending (unless another delivery finished it); returns its attempts so far.</summary>
    private async Task<int> ReleaseAsync(long batchId, bool countAttempt)
    {
        await using var db = await factory.CreateDbContextAsync();
        var undo = countAttempt ? 0 : 1;
        await db.SweepBatches.Where(b => b.Id == batchId && b.State == SweepBatchState.Claimed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.State, SweepBatchState.Pending)
                .SetProperty(b => b.Attempts, b => b.Attempts - undo));
        return await db.SweepBatches.Where(b => b.Id == batchId).Select(b => b.Attempts).SingleAsync();
    }

    private async Task AppendErrorAsync(long batchId, string message)
    {
        await using var db = await factory.CreateDbContextAsync();
        var runId = await db.SweepBatches.Where(b => b.Id == batchId).Select(b => b.SweepRunId).SingleAsync();
        var run = await db.SweepRuns.SingleAsync(r => r.Id == runId);
        var errors = string.IsNullOrEmpty(run.Errors) ? message : run.Errors + "\n" + message;
        run.Errors = errors.Length > 8000 ? errors[..8000] : errors;
        await db.SaveChangesAsync();
    }

    /// <summary>Completes the run once no batch is open; checked after every commit, so the last batch to finish closes it.</summary>
    public async Task TryFinishRunAsync(long runId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var open = await db.SweepBatches.AnyAsync(b => b.SweepRunId == runId
            && (b.State == SweepBatchState.Pending || b.State == SweepBatchState.Claimed), ct);
        if (open)
        {
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        await db.SweepRuns.Where(r => r.Id == runId && (r.State == SweepState.Running || r.State == SweepState.Cancelled))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, SweepState.Completed).SetProperty(r => r.FinishedAt, now), ct);
    }
}

/// <summary>A batch failed and will be retried by the job engine; the inner exception says why.</summary>
public sealed class SweepBatchFailedException(long batchId, int attempts, Exception inner)
    : Exception($"第 {batchId} 号批次第 {attempts} 次执行失败，将重试：{inner.Message}", inner);
