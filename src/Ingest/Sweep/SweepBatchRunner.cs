using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// Claims batches and runs them. A claim is a conditional update (pending, or claimed with an expired lease), so
/// two nodes never hold one batch; completion is guarded by the claim and committed with the batch's writes and the
/// run's counters, so a batch taken over from a presumed-dead node is never counted twice.
/// </summary>
public sealed class SweepBatchRunner(
    IDbContextFactory<MonitorDbContext> factory, SweepBatchWork work, TimeProvider time,
    IOptions<SweepOptions> options, ILogger<SweepBatchRunner> logger)
{
    /// <summary>This process's name on its claims.</summary>
    public string NodeId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Claims the next open batch of the run and runs it; false when nothing is left to claim.</summary>
    public async Task<bool> RunNextAsync(long runId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var candidates = await db.SweepBatches
            .Where(b => b.SweepRunId == runId && (b.State == SweepBatchState.Pending || (b.State == SweepBatchState.Claimed && b.ClaimedUntil < now)))
            .OrderBy(b => b.Number)
            .Select(b => b.Id)
            .Take(8)
            .ToListAsync(ct);
        foreach (var id in candidates)
        {
            if (await RunBatchAsync(id, takeOver: false, ct))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Runs one batch if this node can claim it. <paramref name="takeOver"/> claims it even under a live lease: for a
    /// scheduler that knows the holder is dead (Quartz recovery of a killed node's job).
    /// </summary>
    public async Task<bool> RunBatchAsync(long batchId, bool takeOver, CancellationToken ct)
    {
        if (!await ClaimAsync(batchId, takeOver, ct))
        {
            return false;
        }
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var batch = await db.SweepBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, ct);
            var run = await db.SweepRuns.AsNoTracking().SingleAsync(r => r.Id == batch.SweepRunId, ct);
            if (batch.Attempts > options.Value.MaxAttempts)
            {
                await GiveUpAsync(batch, ct);
                return true;
            }
            var fetched = await work.FetchAsync(db, batch, run, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var outcome = await work.StoreAsync(db, run, fetched, ct);
            if (!await CompleteAsync(db, batch, outcome, ct))
            {
                logger.LogWarning("Batch {BatchId} was taken over by another node; discarding this node's work", batchId);
                await tx.RollbackAsync(CancellationToken.None);
                return true;
            }
            await tx.CommitAsync(ct);
            await TryFinishRunAsync(batch.SweepRunId, CancellationToken.None);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await ReleaseAsync(batchId, countAttempt: false);
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Batch {BatchId} failed", batchId);
            await ReleaseAsync(batchId, countAttempt: true);
            await AppendErrorAsync(batchId, e.Message);
            return true;
        }
    }

    private async Task<bool> ClaimAsync(long batchId, bool takeOver, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        var node = NodeId;
        var claimed = await db.SweepBatches
            .Where(b => b.Id == batchId
                && (b.State == SweepBatchState.Pending || (b.State == SweepBatchState.Claimed && (takeOver || b.ClaimedUntil < now))))
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.State, SweepBatchState.Claimed)
                .SetProperty(b => b.ClaimedBy, node)
                .SetProperty(b => b.ClaimedUntil, until)
                .SetProperty(b => b.Attempts, b => b.Attempts + 1), ct);
        return claimed == 1;
    }

    private async Task<bool> CompleteAsync(MonitorDbContext db, SweepBatch batch, BatchOutcome o, CancellationToken ct)
    {
        var node = NodeId;
        var now = time.GetUtcNow().UtcDateTime;
        var mine = await db.SweepBatches
            .Where(b => b.Id == batch.Id && b.State == SweepBatchState.Claimed && b.ClaimedBy == node)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.State, SweepBatchState.Done)
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

    private async Task GiveUpAsync(SweepBatch batch, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var node = NodeId;
        await db.SweepBatches.Where(b => b.Id == batch.Id && b.ClaimedBy == node)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, SweepBatchState.Failed).SetProperty(b => b.ClaimedUntil, (DateTime?)null), ct);
        await AppendErrorAsync(batch.Id, $"第{batch.Number}批（账号ID {batch.FirstAccountId}–{batch.LastAccountId}）多次失败，已放弃");
        await TryFinishRunAsync(batch.SweepRunId, ct);
    }

    private async Task ReleaseAsync(long batchId, bool countAttempt)
    {
        await using var db = await factory.CreateDbContextAsync();
        var node = NodeId;
        var undo = countAttempt ? 0 : 1;
        await db.SweepBatches.Where(b => b.Id == batchId && b.State == SweepBatchState.Claimed && b.ClaimedBy == node)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.State, SweepBatchState.Pending)
                .SetProperty(b => b.ClaimedBy, (string?)null)
                .SetProperty(b => b.ClaimedUntil, (DateTime?)null)
                .SetProperty(b => b.Attempts, b => b.Attempts - undo));
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
