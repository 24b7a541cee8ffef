using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Ingest.Register;
using Monitor.Sites;
using Monitor.Sites.Register;

namespace Monitor.Cli;

/// <summary><c>monitor sites import FILE.(xlsx|csv)</c>: every bad row reported with its row number, the rest imported or updated in place.</summary>
public static class SitesImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "全国政府网站信息报送系统导出的网站台账（.xlsx 或 .csv）" };
        var command = new Command("import", "导入政府网站台账（按网站标识码或首页地址更新，不重复）") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"文件不存在：{path.FullName}");
                return 2;
            }
            using var host = MonitorHost.Build(b => b.AddSites());
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            ImportReport report;
            try
            {
                report = await scope.ServiceProvider.GetRequiredService<SiteImporter>().ImportFileAsync(path.FullName, ct);
            }
            catch (RegisterFormatException ex)
            {
                await Console.Error.WriteLineAsync($"无法读取网站台账：{ex.Message}");
                return 2;
            }
            foreach (var problem in report.Problems.OrderBy(p => p.RowNumber))
            {
                Console.WriteLine(problem);
            }
            Console.WriteLine(report.Summary.Replace("个", "个网站", StringComparison.Ordinal));
            return report.Errors.Any() ? 1 : 0;
        });
        return command;
    }
}
