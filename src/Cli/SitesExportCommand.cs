using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Export;
using Monitor.Ingest.Hosting;
using Monitor.Shared.Data;
using Monitor.Sites.Export;
using Monitor.Sites.Status;

namespace Monitor.Cli;

/// <summary><c>monitor sites export --format xlsx|csv --out FILE</c>: the website tables of the notice's 附件, as of each site's latest sweep.</summary>
public static class SitesExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "xlsx 或 csv", DefaultValueFactory = _ => "xlsx" };
        var output = new Option<FileInfo>("--out") { Description = "输出文件", Required = true };
        var command = new Command("export", "导出政府网站汇总表（在运行数/问题数/合格率）与不合格网站名单") { format, output };
        command.SetAction(async (parse, ct) =>
        {
            var kind = parse.GetValue(format);
            if (kind is not ("xlsx" or "csv"))
            {
                await Console.Error.WriteLineAsync($"不支持的格式 {kind}：请使用 xlsx 或 csv");
                return 2;
            }
            using var host = MonitorHost.Build();
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            var reports = await SiteStatusQuery.LoadAsync(scope.ServiceProvider.GetRequiredService<MonitorDbContext>(), ct);
            if (reports is null)
            {
                await Console.Error.WriteLineAsync("尚未扫描过任何网站：请先运行 monitor sweep。");
                return 1;
            }
            var tables = WebsiteTables.Build(reports);
            var path = parse.GetValue(output)!;
            await using (var file = File.Create(path.FullName))
            {
                if (kind == "xlsx")
                {
                    XlsxTableWriter.Write(file, tables);
                }
                else
                {
                    CsvTableWriter.Write(file, tables);
                }
            }
            Console.WriteLine($"已导出 {reports.Count} 个网站（不合格 {reports.Count(r => !WebsiteTables.IsCompliant(r))} 个）：{path.FullName}");
            return 0;
        });
        return command;
    }
}
