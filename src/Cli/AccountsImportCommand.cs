using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Ingest.Register;

namespace Monitor.Cli;

/// <summary><c>monitor accounts import FILE.(xlsx|csv)</c>: every bad row reported with its row number, the rest imported.</summary>
public static class AccountsImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "报送系统导出的台账（.xlsx 或 .csv）" };
        var command = new Command("import", "导入账号台账（按标识码或平台+账号ID更新，不重复）") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"文件不存在：{path.FullName}");
                return 2;
            }
            using var host = MonitorHost.Build();
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            ImportReport report;
            try
            {
                report = await scope.ServiceProvider.GetRequiredService<AccountImporter>().ImportFileAsync(path.FullName, ct);
            }
            catch (RegisterFormatException ex)
            {
                await Console.Error.WriteLineAsync($"无法读取台账：{ex.Message}");
                return 2;
            }
            foreach (var problem in report.Problems.OrderBy(p => p.RowNumber))
            {
                Console.WriteLine(problem);
            }
            Console.WriteLine(report.Summary);
            return report.Errors.Any() ? 1 : 0;
        });
        return command;
    }
}
