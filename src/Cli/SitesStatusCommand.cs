using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Shared.Data;
using Monitor.Sites.Status;

namespace Monitor.Cli;

/// <summary><c>monitor sites status [--format json]</c>: each active site as of its latest sweep (docs/sites.md describes the JSON).</summary>
public static class SitesStatusCommand
{
    public static Command Create()
    {
        var format = new FormatOption(OutputFormat.Table, OutputFormat.Tsv, OutputFormat.Json);
        var command = new Command("status", "各网站在最近一次扫描时的状态：探测、栏目更新、空白栏目、错链与各项判定") { format.Option };
        command.SetAction(async (parse, ct) =>
        {
            if (format.Resolve(parse) is not { } chosen)
            {
                return CliErrors.UsageExit;
            }
            using var host = MonitorHost.Build();
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            var rows = await SiteStatusQuery.LoadAsync(scope.ServiceProvider.GetRequiredService<MonitorDbContext>(), ct);
            if (chosen == OutputFormat.Json)
            {
                Console.WriteLine(JsonSerializer.Serialize(rows ?? [], SitesJson.Options));
                return 0;
            }
            if (rows is null)
            {
                return CliErrors.Failure("尚未扫描过任何网站：请先运行 monitor sweep。");
            }
            // One item per line in the drawn table; "; " between items in TSV, where a row must stay one line.
            var separator = chosen == OutputFormat.Table ? "\n" : "; ";
            CliTable.Write(chosen, ["网站标识码", "网站名称", "探测（失败/总数）", "栏目", "空白栏目", "错链", "判定"], rows.Select(r => new[]
            {
                r.SiteCode ?? "", r.Fetch == "ok" ? r.Name : $"{r.Name}（首页无法读取：{r.FetchError}）",
                $"{r.Probes.Failed}/{r.Probes.Total}（{r.Probes.FailureRate:P1}）",
                string.Join(separator, r.Columns.Select(c => $"{c.Name}［{c.ClassLabel}］{c.State} {c.LatestItemDate}")),
                string.Join("、", r.BlankColumns),
                string.Join(separator, r.BrokenLinks.Select(l => $"{l.Text} {l.Url}")),
                string.Join(separator, r.Verdicts.Select(v => $"{v.Key} {v.Value}")),
            }));
            return 0;
        });
        return command;
    }
}
