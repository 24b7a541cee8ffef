using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Accounts;
using Monitor.Ingest.Hosting;
using Monitor.Shared.Data;

namespace Monitor.Cli;

/// <summary><c>monitor accounts status [--format json]</c>: each active account as of the latest sweep (design.md §6).</summary>
public static class AccountsStatusCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Tsv, OutputFormat.Json);
        var command = new Command("status", "各账号在最近一次扫描时的状态：抓取情况、最后更新、监测期发文与各项判定") { format.Option };
        command.SetAction(async (parse, ct) =>
        {
            if (format.Resolve(parse) is not { } chosen)
            {
                return CliErrors.UsageExit;
            }
            using var host = MonitorHost.Build();
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            var db = scope.ServiceProvider.GetRequiredService<MonitorDbContext>();
            var days = (await scope.ServiceProvider.GetRequiredService<RuleSettings>().RefreshAsync(db, ct)).For(null).UpdateDays;
            var rows = await AccountStatusQuery.LoadAsync(db, days, ct);
            if (chosen == OutputFormat.Json)
            {
                Console.WriteLine(JsonSerializer.Serialize(rows ?? [], Json));
                return 0;
            }
            if (rows is null)
            {
                return CliErrors.Failure("尚未执行过扫描：请先运行 monitor sweep。");
            }
            if (rows.Count > 0)
            {
                await Console.Error.WriteLineAsync($"监测时间点 {rows[0].Cutoff:yyyy-MM-dd HH:mm}（最近一次判定；导出默认使用时段内的同一时间点）");
            }
            WriteRows(chosen, rows, days);
            return 0;
        });
        return command;
    }

    private static void WriteRows(OutputFormat format, IReadOnlyList<AccountStatusRow> rows, int days)
    {
        string[] header = ["标识码", "名称", "平台/账号ID", "接入方式", "抓取", "覆盖", "最后更新", $"{days}天发文/原创", "判定"];
        // One verdict per line in the drawn table; "; " between them in TSV, where a row must stay one line.
        var separator = format == OutputFormat.Table ? "\n" : "; ";
        CliTable.Write(format, header, rows.Select(r => new[]
        {
            r.AccountCode ?? "", r.Name, $"{r.Platform} {r.Handle}", $"{r.SourceKind} {r.Feed}".Trim(),
            r.FetchError is null ? r.Fetch : $"{r.Fetch}：{r.FetchError}",
            r.CompleteFrom is { } from ? $"{r.Coverage}（{from:yyyy-MM-dd} 起完整）" : r.Coverage,
            r.LatestPostAt?.ToString("yyyy-MM-dd HH:mm") ?? "无", $"{r.PostsInWindow}/{r.OriginalPostsInWindow}",
            string.Join(separator, r.Verdicts.Select(v => $"{v.Key} {v.Value}")),
        }));
    }
}
