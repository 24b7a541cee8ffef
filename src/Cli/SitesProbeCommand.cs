using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Sites;
using Monitor.Sites.Probes;

namespace Monitor.Cli;

/// <summary><c>monitor sites probe</c>: one probe round of the sites whose slot has come (for hosts that schedule with cron instead of the worker).</summary>
public static class SitesProbeCommand
{
    public static Command Create()
    {
        var command = new Command("probe", "对到期的网站首页各探测一次（可访问性，15 秒超时）");
        command.SetAction(async (parse, ct) =>
        {
            using var host = MonitorHost.Build(b => b.AddSites());
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            var count = await host.Services.GetRequiredService<ProbeSitesService>().ProbeDueSitesAsync(ct);
            Console.WriteLine($"已探测 {count} 个网站");
            return 0;
        });
        return command;
    }
}
