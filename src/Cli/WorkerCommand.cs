using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Monitor.Ingest.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Jobs;
using Monitor.Ingest.Sweep;

namespace Monitor.Cli;

/// <summary><c>monitor worker</c>: a Hangfire job server on the shared job storage (PostgreSQL when configured): runs the daily sweep and batch jobs until stopped.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "作为工作节点加入调度，执行每日扫描与批次任务，直到停止（Ctrl+C）");
        command.SetAction(async (parse, ct) =>
        {
            using var host = MonitorHost.Build(b => b.AddSweepScheduling());
            await using (var scope = await MonitorHost.OpenAsync(host, ct))
            {
                // Load the inspectors' models before taking jobs, not inside the first one.
                scope.ServiceProvider.GetRequiredService<SweepBatchWork>();
                await Console.Error.WriteLineAsync("工作节点已启动，按 Ctrl+C 停止。");
            }
            await host.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
