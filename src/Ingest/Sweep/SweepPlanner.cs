using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// Starts a sweep: a <see cref="SweepRun"/> and its batches (consecutive id ranges of the active accounts), written
/// in one transaction. A sweep at a cut-off that is still running or was cancelled is resumed, not started again.
/// </summary>
public sealed class SweepPlanner(IDbContextFactory<MonitorDbContext> factory, TimeProvider time, IOptions<SweepOptions> options)
{
    public async Task<long> StartAsync(DateTime cutoffUtc, string trigger, CancellationToken ct)
    {
        if (await ResumeAsync(cutoffUtc, ct) is { } resumed)
        {
            return resumed;
        }
        try
        {
            return await CreateAsync(cutoffUtc, trigger, ct);
        }
        catch (DbUpdateException)
        {
            // Another node started the same sweep a moment ago (the unique index on unfinished cut-offs): join it.
            return await ResumeAsync(cutoffUtc, ct) ?? throw new InvalidOperationException("扫描既未能创建也未找到");
        }
    }

    private async Task<long?> ResumeAsync(DateTime cutoffUtc, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unfinished = await db.SweepRuns
            .Where(r => r.CutoffUtc == cutoffUtc && (r.State == SweepState.Running || r.State == SweepState.Cancelled))
            .FirstOrDefaultAsync(ct);
        if (unfinished is null)
        {
            return null;
        }
        unfinished.State = SweepState.Running;
        await db.SaveChangesAsync(ct);
        return unfinished.Id;
    }

    private async Task<long> CreateAsync(DateTime cutoffUtc, string trigger, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var ids = await db.Accounts.Where(a => a.Status == AccountStatus.Active).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var run = new SweepRun { StartedAt = now, CutoffUtc = cutoffUtc, State = SweepState.Running, Trigger = trigger, AccountsTotal = ids.Count };
        if (ids.Count == 0)
        {
            run.State = SweepState.Completed;
            run.FinishedAt = now;
        }
        db.SweepRuns.Add(run);
        await db.SaveChangesAsync(ct);
        var number = 0;
        foreach (var chunk in ids.Chunk(Math.Max(1, options.Value.BatchSize)))
        {
            db.SweepBatches.Add(new SweepBatch
            {
                SweepRunId = run.Id,
                Number = ++number,
                FirstAccountId = chunk[0],
                LastAccountId = chunk[^1],
                AccountCount = chunk.Length,
            });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return run.Id;
    }
}
