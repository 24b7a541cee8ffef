using Monitor.Ingest.Hosting;
using Monitor.Shared;
using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Accounts;
using Monitor.Ingest.Sweep;
using Monitor.Sites;
using Monitor.Sites.Status;
using Monitor.Sites.Sweep;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
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
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask($"扫描（监测时间点 {ChinaTime.DateAndTime(cutoff)}）", maxValue: 1);
                        run = await service.RunAsync(cutoff, "cli", ct, r =>
                        {
                            task.MaxValue = Math.Max(1, r.AccountsTotal);
                            task.Value = r.AccountsDone;
                        });
                        task.Value = task.MaxValue;
                        var sitesTask = progress.AddTask("政府网站", maxValue: 1);
                        sites = await host.Services.GetRequiredService<SweepSitesService>().RunAsync(cutoff, ct, (done, total) =>
                        {
                            sitesTask.MaxValue = Math.Max(1, total);
                            sitesTask.Value = done;
                        });
                        sitesTask.Value = sitesTask.MaxValue;
                    });
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

    private static async Task WriteSummaryAsync(IServiceProvider services, SweepRun run, IReadOnlyList<SiteReport> sites, TimeSpan elapsed, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<MonitorDbContext>>().CreateDbContextAsync(ct);
        var verdicts = await db.CheckResults.Where(c => c.CutoffUtc == run.CutoffUtc)
            .GroupBy(c => new { c.RuleId, c.Verdict })
            .Select(g => new { g.Key.RuleId, g.Key.Verdict, Count = g.Count() })
            .ToListAsync(ct);
        var table = new Table().Title($"扫描 #{run.Id} 汇总").AddColumn("项目").AddColumn(new TableColumn("数值").RightAligned());
        table.AddRow("监测时间点", ChinaTime.DateAndTime(run.CutoffUtc));
        table.AddRow("状态", run.State switch
        {
            SweepState.Running => "进行中",
            SweepState.Completed => "已完成",
            SweepState.Failed => "失败",
            _ => "已取消",
        });
        table.AddRow("账号总数", run.AccountsTotal.ToString());
        table.AddRow("已完成", run.AccountsDone.ToString());
        table.AddRow("抓取失败", run.AccountsFailed.ToString());
        table.AddRow("新增发文", run.NewPosts.ToString());
        table.AddRow("新增检出项", run.NewFindings.ToString());
        table.AddRow("耗时", $"{elapsed.TotalSeconds:F1} 秒");
        foreach (var rule in verdicts.GroupBy(v => v.RuleId).OrderBy(g => g.Key))
        {
            string Count(Verdict v) => (rule.FirstOrDefault(x => x.Verdict == v)?.Count ?? 0).ToString();
            table.AddRow(Markup.Escape(rule.Key), $"合格 {Count(Verdict.Pass)} / 不合格 {Count(Verdict.Fail)} / 预警 {Count(Verdict.Warning)} / 待定 {Count(Verdict.Unknown)}");
        }
        table.AddRow("政府网站", sites.Count.ToString());
        table.AddRow("首页无法读取", sites.Count(s => s.Fetch != "ok").ToString());
        foreach (var rule in SiteRuleIds.All)
        {
            int Count(string v) => sites.Count(s => s.Verdicts.GetValueOrDefault(rule) == v);
            table.AddRow(rule, $"合格 {Count("pass")} / 不合格 {Count("fail")} / 预警 {Count("warning")} / 待定 {Count("unknown")}");
        }
        AnsiConsole.Write(table);
        if (!string.IsNullOrEmpty(run.Errors))
        {
            AnsiConsole.MarkupLine($"[red]错误：[/]{Markup.Escape(run.Errors)}");
        }
    }
}
