using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Compliance;
using Monitor.Export;
using Monitor.Ingest.Hosting;
using Monitor.Shared;

namespace Monitor.Cli;

/// <summary>
/// <c>monitor export noncompliant|summary|notice --period … [--cutoff …] [--scope …] --format xlsx|csv|docx --out FILE</c>:
/// the 通报's attachments and a draft notice, computed from confirmed findings and rule verdicts.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "导出通报材料：不合格名单、检查情况汇总表、通报草稿");
        command.Subcommands.Add(Verb("noncompliant", "不合格政务新媒体名单（xlsx 或 csv）", "xlsx"));
        command.Subcommands.Add(Verb("summary", "各地区、各平台检查情况汇总，连续不合格和整改情况（xlsx 或 csv）", "xlsx"));
        command.Subcommands.Add(Verb("notice", "通报草稿（docx），附件含汇总表和不合格名单", "docx"));
        return command;
    }

    private static Command Verb(string kind, string description, string defaultFormat)
    {
        var period = new Option<string>("--period") { Description = "统计时段：2026Q3（季度）、2026-10（月）或 2026-10-01..2026-10-31", Required = true };
        var cutoff = new Option<string?>("--cutoff") { Description = "监测时间点（默认：时段内最近一次判定的监测时间点，与 accounts status 相同）" };
        var scope = new Option<string?>("--scope") { Description = "范围：行政区划代码前缀，省 53、市 5306、县 530621；默认全部" };
        var format = new Option<string>("--format") { Description = "文件格式：xlsx、csv 或 docx", DefaultValueFactory = _ => defaultFormat };
        var output = new Option<string>("--out") { Description = "输出文件路径", Required = true };
        var deadline = new Option<string?>("--deadline") { Description = "整改截止日期 YYYY-MM-DD（仅通报；默认监测时间点后15天）" };
        var command = new Command(kind, description) { period, cutoff, scope, format, output, deadline };
        command.SetAction(async (parse, ct) =>
        {
            ExportRequest request;
            try
            {
                var cutoffText = parse.GetValue(cutoff);
                request = ExportRequest.Parse(kind, parse.GetValue(format), parse.GetValue(period),
                    cutoffText is null ? null : CutoffParser.Parse(cutoffText, DateTime.UtcNow), parse.GetValue(scope), ParseDeadline(parse.GetValue(deadline)));
            }
            catch (FormatException e)
            {
                await Console.Error.WriteLineAsync($"错误：{e.Message}");
                return 2;
            }
            using var host = MonitorHost.Build(b => b.AddExport());
            await using var _ = await MonitorHost.OpenAsync(host, ct);
            string path;
            try
            {
                path = Path.GetFullPath(parse.GetValue(output)!);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                await Console.Error.WriteLineAsync($"错误：输出路径无效：{parse.GetValue(output)}");
                return 2;
            }
            var temp = path + ".part";
            try
            {
                ComplianceReport report;
                await using (var stream = File.Create(temp))
                {
                    report = await host.Services.GetRequiredService<ExportService>().WriteAsync(request, stream, ct);
                }
                File.Move(temp, path, overwrite: true);
                var t = report.Total;
                await Console.Error.WriteLineAsync($"已导出 {path}：{report.Period.Title}，监测时间点 {Monitor.Shared.ChinaTime.DateAndTime(report.CutoffUtc)}，" +
                    $"在运行 {t.Running} 个，检查 {t.Checked} 个，不合格 {t.Failed} 个，合格率 {t.Rate}，待核实 {report.Pending.Count} 个");
                return 0;
            }
            catch (ComplianceException e)
            {
                await Console.Error.WriteLineAsync($"错误：{e.Message}");
                return 1;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // One line a clerk can act on, not a stack trace.
                await Console.Error.WriteLineAsync($"错误：无法写入 {path}：{WriteProblem(e, path)}");
                return 1;
            }
            finally
            {
                // Whatever went wrong, no half-written *.part is left beside the notice.
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        });
        return command;
    }

    private static string WriteProblem(Exception e, string path) => e switch
    {
        _ when Directory.Exists(path) => "这是一个目录，请给出文件名",
        DirectoryNotFoundException => $"目录 {Path.GetDirectoryName(path)} 不存在",
        UnauthorizedAccessException => "没有写入权限",
        _ => "文件被占用或磁盘已满",
    };

    private static DateOnly? ParseDeadline(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new FormatException($"无法识别的整改截止日期：{text}（示例：2026-12-10）");
}
