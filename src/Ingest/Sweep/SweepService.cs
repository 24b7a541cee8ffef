using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// Runs one sweep to completion in this process: starts it (or resumes an unfinished one at the same cut-off), then
/// claims and runs batches until none is open, waiting while other nodes finish the batches they hold.
/// </summary>
public sealed class SweepService(IDbContextFactory<MonitorDbContext> factory, SweepPlanner planner, SweepBatchRunner runner,
    TimeProvider time, Microsoft.Extensions.Options.IOptions<SweepOptions> options)
{
    public async Task<SweepRun> RunAsync(DateTime cutoffUtc, string trigger, CancellationToken ct, Action<SweepRun>? progress = null)
    {
        var runId = await planner.StartAsync(cutoffUtc, trigger, ct);
        try
        {
            while (true)
            {
                var workers = Enumerable.Range(0, Math.Max(1, options.Value.BatchConcurrency)).Select(_ => runner.RunNextAsync(runId, ct));
                var ranAny = (await Task.WhenAll(workers)).Any(r => r);
                var run = await GetAsync(runId, ct);
                progress?.Invoke(run);
                if (ranAny)
                {
                    continue;
                }
                await runner.TryFinishRunAsync(runId, ct);
                run = await GetAsync(runId, ct);
                if (run.State != SweepState.Running)
                {
                    return run;
                }
                // Other nodes hold the remaining batches: wait for them, or for their leases to expire.
                await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
            await db.SweepRuns.Where(r => r.Id == runId && r.State == SweepState.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, SweepState.Cancelled), CancellationToken.None);
            throw;
        }
    }

    public async Task<SweepRun> GetAsync(long runId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.SweepRuns.AsNoTracking().SingleAsync(r => r.Id == runId, ct);
    }
}
