using Monitor.Shared;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Monitor.Analysis.Accounts;
using Monitor.Ingest.Bench;
using Monitor.Ingest.Jobs;
using Monitor.Ingest.Sources;

namespace Monitor.Ingest.Cli;

/// <summary><c>monitor worker</c>: joins the scheduler (clustered on PostgreSQL when configured) and runs sweep and batch jobs until stopped.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var synthetic = new Option<int?>("--synthetic-posts")
        {
            Description = "仅供测试与基准：bench-* 账号改由零延迟模拟平台提供，每账号 N 条发文",
            Hidden = true,
        };
        var command = new Command("worker", "作为工作节点加入调度，执行每日扫描与批次任务，直到停止（Ctrl+C）") { synthetic };
        command.SetAction(async (parse, ct) =>
        {
            using var host = MonitorHost.Build(b =>
            {
                b.AddSweepScheduling();
                if (parse.GetValue(synthetic) is { } posts)
                {
                    var cutoff = ChinaTime.LastMidnightUtc(DateTime.UtcNow);
                    b.Services.RemoveAll<IPostSource>();
                    b.Services.AddSingleton<IPostSource>(new SyntheticPostSource(posts, cutoff));
                }
            });
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
