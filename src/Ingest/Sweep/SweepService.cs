using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Jobs;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// Runs one sweep to completion from this process (<c>monitor sweep</c>, the demo): the same path as the daily job —
/// start or resume the run, enqueue its batch jobs — with a job server in this process for the duration, waiting
/// (and reporting progress) until the run is finished. Other nodes serving the same job storage take batches too.
/// </summary>
public sealed class SweepService(IDbContextFactory<MonitorDbContext> factory, SweepPlanner planner, SweepJobs jobs,
    LocalJobServer servers)
{
    public async Task<SweepRun> RunAsync(DateTime cutoffUtc, string trigger, CancellationToken ct, Action<SweepRun>? progress = null)
    {
        var runId = await planner.StartAsync(cutoffUtc, trigger, ct);
        try
        {
            await using var server = servers.Start();
            await jobs.EnqueueBatchesAsync(runId, ct);
            while (true)
            {
                var run = await GetAsync(runId, ct);
                progress?.Invoke(run);
                if (run.State != SweepState.Running)
                {
                    return run;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
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
