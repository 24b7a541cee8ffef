using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Jobs;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Quartz;

namespace Monitor.Dashboard.Pages;

public class SweepsModel(MonitorDbContext db, IServiceProvider services, AuditLog audit, TimeProvider time) : PageModel
{
    public List<SweepRun> Runs { get; private set; } = [];
    public bool CanRun { get; private set; }
    /// <summary>The notice after a redirect: chosen by the server and kept in TempData, never read from the URL.</summary>
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Runs = await db.SweepRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(30).ToListAsync(ct);
        CanRun = services.GetService<ISchedulerFactory>() is not null;
    }

    /// <summary>The polling endpoint: the recent runs' counters, small enough to ask for every second or two.</summary>
    public async Task<IActionResult> OnGetProgressAsync(CancellationToken ct)
    {
        var runs = await db.SweepRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(30)
            .Select(r => new { r.Id, State = r.State.ToString(), r.AccountsDone, r.AccountsTotal, r.AccountsFailed, r.NewPosts, r.NewFindings, r.FinishedAt })
            .ToListAsync(ct);
        return new JsonResult(runs);
    }

    /// <summary>立即巡检: the same Quartz job as the daily trigger, at the current time.</summary>
    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (services.GetService<ISchedulerFactory>() is not { } schedulers)
        {
            Message = "本进程未启用调度（Monitor:Jobs:Enabled=false），无法立即巡检。";
            return Redirect("/Sweeps");
        }
        var cutoff = time.GetUtcNow().UtcDateTime;
        await SweepFanOut.RunNowAsync(schedulers, cutoff, "manual", ct);
        audit.Add(User.Identity!.Name!, "sweep.run", "sweep", null, $"立即巡检，监测时间点 {cutoff:O}");
        await db.SaveChangesAsync(ct);
        Message = "已开始巡检。";
        return Redirect("/Sweeps");
    }

    public static string StateName(SweepState state) => state switch
    {
        SweepState.Running => "进行中",
        SweepState.Completed => "已完成",
        SweepState.Failed => "失败",
        _ => "已取消",
    };
}
