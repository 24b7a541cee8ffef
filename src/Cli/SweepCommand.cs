using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Ingest.Sweep;
using Monitor.Shared;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Sites;
using Monitor.Sites.Status;
using Monitor.Sites.Sweep;
using Spectre.Console;

namespace Monitor.Cli;

/// <summary><c>monitor sweep [--cutoff ISO-8601]</c>: one sweep to completion in this process, with a progress bar and a summary.</summary>
public static class SweepCommand
{
    public static Command Create()
    {
        var cutoffOption = new Option<string?>("--cutoff") { Description = "监测时间点（ISO-8601；只给日期时为北京时间当日零点；默认为今天零点）" };
        var command = new Command("sweep", "执行一次全量扫描：抓取、入库、检查、按监测时间点判定各账号") { cutoffOption };
        command.SetAction(async (parse, ct) =>
        {
            using var host = MonitorHost.Build(b => b.AddSites());
            await using var scope = await MonitorHost.OpenAsync(host, ct);
            var time = host.Services.GetRequiredService<TimeProvider>();
            var cutoff = CutoffParser.Parse(parse.GetValue(cutoffOption), time.GetUtcNow().UtcDateTime);
            var service = host.Services.GetRequiredService<SweepService>();
            var started = time.GetTimestamp();
            SweepRun? run = null;
            IReadOnlyList<SiteReport> sites = [];
            try
            {
                run = await RunWithProgressAsync(service, cutoff, ct);
                // Websites after the accounts, with one line of progress on stderr (it is the shorter part).
                await Console.Error.WriteLineAsync("政府网站巡检……");
                sites = await host.Services.GetRequiredService<SweepSitesService>().RunAsync(cutoff, ct, (_, _) => { });
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync($"扫描已中断；已完成的批次已保存。以相同的监测时间点重新运行即可继续：monitor sweep --cutoff {cutoff:O}");
                return 130;
            }
            await WriteSummaryAsync(host.Services, run!, sites, time.GetElapsedTime(started), ct);
            return run!.State == SweepState.Completed ? 0 : 1;
        });
        return command;
    }

    /// <summary>A progress bar on stderr when stderr is a terminal; otherwise one line per tenth of the way, so logs stay readable.</summary>
    private static async Task<SweepRun> RunWithProgressAsync(SweepService service, DateTime cutoff, CancellationToken ct)
    {
        var title = $"扫描（监测时间点 {ChinaTime.DateAndTime(cutoff)}）";
        if (Console.IsErrorRedirected)
        {
            var reported = -1;
            await Console.Error.WriteLineAsync(title);
            return await service.RunAsync(cutoff, "cli", ct, r =>
            {
                var tenth = r.AccountsTotal == 0 ? 10 : r.AccountsDone * 10 / r.AccountsTotal;
                if (tenth > reported)
                {
                    reported = tenth;
                    Console.Error.WriteLine($"已完成 {r.AccountsDone}/{r.AccountsTotal} 个账号");
                }
            });
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        SweepRun? run = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(title), maxValue: 1);
                run = await service.RunAsync(cutoff, "cli", ct, r =>
                {
                    task.MaxValue = Math.Max(1, r.AccountsTotal);
                    task.Value = r.AccountsDone;
                });
                task.Value = task.MaxValue;
            });
        return run!;
    }

    private static async Task WriteSummaryAsync(IServiceProvider services, SweepRun run, IReadOnlyList<SiteReport> sites, TimeSpan elapsed, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<MonitorDbContext>>().CreateDbContextAsync(ct);
        var verdicts = await db.CheckResults.Where(c => c.CutoffUtc == run.CutoffUtc)
            .GroupBy(c => new { c.RuleId, c.Verdict })
            .Select(g => new { g.Key.RuleId, g.Key.Verdict, Count = g.Count() })
            .ToListAsync(ct);
        var rows = new List<string[]>();
        rows.Add(["监测时间点", ChinaTime.DateAndTime(run.CutoffUtc)]);
        var state = run.State switch
        {
            SweepState.Running => "进行中",
            SweepState.Completed => "已完成",
            SweepState.Failed => "失败",
            _ => "已取消",
        };
        rows.Add(["状态", state]);
        rows.Add(["账号总数", run.AccountsTotal.ToString()]);
        rows.Add(["已完成", run.AccountsDone.ToString()]);
        rows.Add(["抓取失败", run.AccountsFailed.ToString()]);
        rows.Add(["新增发文", run.NewPosts.ToString()]);
        rows.Add(["新增检出项", run.NewFindings.ToString()]);
        rows.Add(["耗时", $"{elapsed.TotalSeconds:F1} 秒"]);
        foreach (var rule in verdicts.GroupBy(v => v.RuleId).OrderBy(g => g.Key))
        {
            string Count(Verdict v) => (rule.FirstOrDefault(x => x.Verdict == v)?.Count ?? 0).ToString();
            rows.Add([rule.Key, $"合格 {Count(Verdict.Pass)} / 不合格 {Count(Verdict.Fail)} / 预警 {Count(Verdict.Warning)} / 待定 {Count(Verdict.Unknown)}"]);
        }
        rows.Add(["政府网站", sites.Count.ToString()]);
        rows.Add(["首页无法读取", sites.Count(s => s.Fetch != "ok").ToString()]);
        foreach (var rule in SiteRuleIds.All)
        {
            int Count(string v) => sites.Count(s => s.Verdicts.GetValueOrDefault(rule) == v);
            rows.Add([rule, $"合格 {Count("pass")} / 不合格 {Count("fail")} / 预警 {Count("warning")} / 待定 {Count("unknown")}"]);
        }
        if (!Console.IsOutputRedirected)
        {
            AnsiConsole.MarkupLine($"[bold]扫描 #{run.Id} 汇总[/]");
        }
        CliTable.Write(CliTable.Resolve(null, OutputFormat.Table, OutputFormat.Tsv)!.Value, ["项目", "数值"], rows);
        if (!string.IsNullOrEmpty(run.Errors))
        {
            await Console.Error.WriteLineAsync($"错误：{run.Errors}");
        }
    }
}
