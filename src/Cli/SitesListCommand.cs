using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Cli;

/// <summary><c>monitor sites list [--format table|tsv]</c>: the website register, in the columns it was imported with.</summary>
public static class SitesListCommand
{
    public static Command Create()
    {
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Tsv);
        var command = new Command("list", "列出政府网站台账") { format.Option };
        command.SetAction(async (parse, ct) =>
        {
            if (format.Resolve(parse) is not { } chosen)
            {
                return CliErrors.UsageExit;
            }
            using var host = MonitorHost.Build();
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            var db = scope.ServiceProvider.GetRequiredService<MonitorDbContext>();
            var sites = await db.Sites.AsNoTracking().OrderBy(s => s.RegionCode).ThenBy(s => s.Id).ToListAsync(ct);
            string[] header = ["序号", "地区/部门", "主办单位", "网站名称", "网站标识码", "首页地址", "状态"];
            var rows = sites.Select((s, i) => new[]
            {
                (i + 1).ToString(), s.RegionName ?? "", s.Owner, s.Name, s.SiteCode ?? "", s.HomeUrl, s.Status == AccountStatus.Active ? "运行" : "关停",
            }).ToList();
            CliTable.Write(chosen, header, rows);
            if (chosen == OutputFormat.Table)
            {
                Console.WriteLine($"共 {sites.Count} 个网站");
            }
            return 0;
        });
        return command;
    }
}
