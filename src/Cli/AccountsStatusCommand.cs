using Monitor.Ingest.Hosting;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Accounts;
using Monitor.Shared.Data;
using Spectre.Console;

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
        var format = new Option<string>("--format") { Description = "table 或 json", DefaultValueFactory = _ => "table" };
        var command = new Command("status", "各账号在最近一次扫描时的状态：抓取情况、最后更新、监测期发文与各项判定") { format };
        command.SetAction(async (parse, ct) =>
        {
            using var host = MonitorHost.Build();
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            var db = scope.ServiceProvider.GetRequiredService<MonitorDbContext>();
            var days = (await scope.ServiceProvider.GetRequiredService<RuleSettings>().RefreshAsync(db, ct)).For(null).UpdateDays;
            var rows = await AccountStatusQuery.LoadAsync(db, days, ct);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(rows ?? [], Json));
                return 0;
            }
            if (rows is null)
            {
                await Console.Error.WriteLineAsync("尚未执行过扫描：请先运行 monitor sweep。");
                return 1;
            }
            WriteTable(rows, days);
            return 0;
        });
        return command;
    }

    private static void WriteTable(IReadOnlyList<AccountStatusRow> rows, int days)
    {
        if (Console.IsOutputRedirected)
        {
            // Spectre wraps to 80 columns when it cannot ask the terminal, which is too narrow for Chinese names.
            AnsiConsole.Profile.Width = 240;
        }
        var table = new Table().AddColumns("标识码", "名称", "平台/账号ID", "接入方式", "抓取", "覆盖", "最后更新", $"{days}天发文/原创", "判定");
        foreach (var r in rows)
        {
            var fetch = r.FetchError is null ? r.Fetch : $"{r.Fetch}：{r.FetchError}";
            var verdicts = string.Join("\n", r.Verdicts.Select(v => $"{v.Key} {v.Value}"));
            table.AddRow(new[]
            {
                r.AccountCode ?? "", r.Name, $"{r.Platform} {r.Handle}", $"{r.SourceKind} {r.Feed}".Trim(), fetch,
                r.CompleteFrom is { } from ? $"{r.Coverage}（{from:yyyy-MM-dd} 起完整）" : r.Coverage,
                r.LatestPostAt?.ToString("yyyy-MM-dd HH:mm") ?? "无", $"{r.PostsInWindow}/{r.OriginalPostsInWindow}", verdicts,
            }.Select(Markup.Escape).ToArray());
        }
        AnsiConsole.Write(table);
    }
}
