using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Cli;

/// <summary><c>monitor accounts list [--format table|tsv]</c>: the register (TSV when the output is not a terminal).</summary>
public static class AccountsListCommand
{
    public static Command Create()
    {
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Tsv);
        var command = new Command("list", "列出账号台账") { format.Option };
        command.SetAction(async (parse, ct) =>
        {
            if (format.Resolve(parse) is not { } chosen)
            {
                return CliErrors.UsageExit;
            }
            using var host = MonitorHost.Build();
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            var db = scope.ServiceProvider.GetRequiredService<MonitorDbContext>();
            var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.RegionCode).ThenBy(a => a.Id).ToListAsync(ct);
            string[] header = ["序号", "地区/部门", "主办单位", "账号名称", "平台", "标识码", "账号ID/链接", "状态", "接入方式"];
            var rows = accounts.Select((a, i) => new[]
            {
                (i + 1).ToString(), a.RegionName ?? "", a.Owner, a.Name, PlatformNames.Chinese(a.Platform),
                a.AccountCode ?? "", Cell(a), a.Status == AccountStatus.Active ? "运行" : "关停",
                SourceKindNames.Chinese(a.SourceKind),
            });
            CliTable.Write(chosen, header, rows);
            if (chosen == OutputFormat.Table)
            {
                Console.WriteLine($"共 {accounts.Count} 个账号");
            }
            return 0;
        });
        return command;
    }

    // The columns read back as a register: a feed or file account is listed by its feed, the others by their id.
    private static string Cell(GovAccount a) =>
        (a.SourceKind is SourceKind.Feed or SourceKind.File ? a.FeedUrl ?? a.Handle : a.Handle ?? a.FeedUrl) ?? "";
}
