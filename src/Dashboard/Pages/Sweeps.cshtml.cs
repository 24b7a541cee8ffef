using Monitor.Shared.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Dashboard.Review;
using Monitor.Ingest.Jobs;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Hangfire;

namespace Monitor.Dashboard.Pages;

public class SweepsModel(MonitorDbContext db, IServiceProvider services, AuditLog audit, TimeProvider time) : PageModel
{
    public List<SweepRun> Runs { get; private set; } = [];
    public bool CanRun { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Runs = await db.SweepRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(30).ToListAsync(ct);
        CanRun = services.GetService<IBackgroundJobClient>() is not null;
        Message = done;
    }

    /// <summary>The polling endpoint: the recent runs' counters, small enough to ask for every second or two.</summary>
    public async Task<IActionResult> OnGetProgressAsync(CancellationToken ct)
    {
        var runs = await db.SweepRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(30)
            .Select(r => new { r.Id, State = r.State.ToString(), r.AccountsDone, r.AccountsTotal, r.AccountsFailed, r.NewPosts, r.NewFindings, r.FinishedAt })
            .ToListAsync(ct);
        return new JsonResult(runs);
    }

    /// <summary>立即巡检: the same Hangfire job as the daily trigger, at the current time; any node's job server runs it.</summary>
    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (services.GetService<IBackgroundJobClient>() is not { } jobs)
        {
            return Redirect("/Sweeps?done=" + Uri.EscapeDataString("本进程未配置任务存储，无法立即巡检。"));
        }
        var cutoff = time.GetUtcNow().UtcDateTime;
        SweepJobs.RunNow(jobs, cutoff, "manual");
        audit.Add(User.Identity!.Name!, "sweep.run", "sweep", null, $"立即巡检，监测时间点 {cutoff:O}");
        await db.SaveChangesAsync(ct);
        return Redirect("/Sweeps?done=" + Uri.EscapeDataString("已开始巡检。"));
    }

    public static string StateName(SweepState state) => state switch
    {
        SweepState.Running => "进行中",
        SweepState.Completed => "已完成",
        SweepState.Failed => "失败",
        _ => "已取消",
    };
}
