using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Shared.Data;
using Monitor.Sites.Status;
using Spectre.Console;

namespace Monitor.Cli;

/// <summary><c>monitor sites status [--format json]</c>: each active site as of its latest sweep (docs/sites.md describes the JSON).</summary>
public static class SitesStatusCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "table 或 json", DefaultValueFactory = _ => "table" };
        var command = new Command("status", "各网站在最近一次扫描时的状态：探测、栏目更新、空白栏目、错链与各项判定") { format };
        command.SetAction(async (parse, ct) =>
        {
            using var host = MonitorHost.Build();
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            var rows = await SiteStatusQuery.LoadAsync(scope.ServiceProvider.GetRequiredService<MonitorDbContext>(), ct);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(rows ?? [], SitesJson.Options));
                return 0;
            }
            if (rows is null)
            {
                await Console.Error.WriteLineAsync("尚未扫描过任何网站：请先运行 monitor sweep。");
                return 1;
            }
            if (Console.IsOutputRedirected)
            {
                AnsiConsole.Profile.Width = 240;
            }
            var table = new Table().AddColumns("网站标识码", "网站名称", "探测（失败/总数）", "栏目", "空白栏目", "错链", "判定");
            foreach (var r in rows)
            {
                var columns = string.Join("\n", r.Columns.Select(c => $"{c.Name}［{c.ClassLabel}］{c.State} {c.LatestItemDate}"));
                var verdicts = string.Join("\n", r.Verdicts.Select(v => $"{v.Key} {v.Value}"));
                table.AddRow(new[]
                {
                    r.SiteCode ?? "", r.Fetch == "ok" ? r.Name : $"{r.Name}（首页无法读取：{r.FetchError}）",
                    $"{r.Probes.Failed}/{r.Probes.Total}（{r.Probes.FailureRate:P1}）", columns, string.Join("、", r.BlankColumns),
                    string.Join("\n", r.BrokenLinks.Select(l => $"{l.Text} {l.Url}")), verdicts,
                }.Select(Markup.Escape).ToArray());
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
