using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Monitor.Ingest.Hosting;
using Monitor.Ingest.Jobs;
using Monitor.Sites;
using Monitor.Sites.Jobs;

namespace Monitor.Cli;

/// <summary><c>monitor worker</c>: joins the scheduler (clustered on PostgreSQL when configured) and runs sweep and batch jobs until stopped.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "作为工作节点加入调度，执行每日扫描与批次任务，直到停止（Ctrl+C）");
        command.SetAction(async (parse, ct) =>
        {
            using var host = MonitorHost.Build(b => b.AddSweepScheduling().AddSites().AddSiteJobs());
            await using (var scope = await MonitorHost.OpenAsync(host, ct))
            {
                await Console.Error.WriteLineAsync("工作节点已启动，按 Ctrl+C 停止。");
            }
            await host.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
