using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Inspection;
using Monitor.Analysis.Inspection.Evaluation;

namespace Monitor.Ingest.Cli;

/// <summary><c>monitor eval check FILE.jsonl</c>: span-level precision, recall and F1 per kind, and the false-alarm rate.</summary>
public static class EvalCommands
{
    public static Command Create()
    {
        var eval = new Command("eval", "在标注数据上评测检查效果");
        var file = new Argument<FileInfo>("FILE") { Description = "JSON 行文件：{\"text\":…,\"spans\":[{\"start\",\"length\",\"kind\"}],\"date\"?}" };
        var date = new Option<string?>("--date") { Description = "未标注 date 的行视为该日发布（YYYY-MM-DD，默认今天）" };
        var errors = new Option<bool>("--errors") { Description = "在标准错误输出中列出每个误报和漏报" };
        var check = new Command("check", "评测 check 的检出结果（按片段计精确率、召回率、F1 和误报率）") { file, date, errors };
        check.SetAction(async (parse, ct) =>
        {
            if (!CheckCommand.TryParseDate(parse.GetValue(date), out var defaultDate))
            {
                await Console.Error.WriteLineAsync("日期格式应为 YYYY-MM-DD");
                return 2;
            }
            using var host = MonitorHost.Build();
            var checker = host.Services.GetRequiredService<LineChecker>();
            var path = parse.GetValue(file)!.FullName;
            var evaluation = LabelledFile.Evaluate(checker, File.ReadLines(path), defaultDate);
            if (parse.GetValue(errors))
            {
                foreach (var (line, span, missed) in evaluation.Errors)
                {
                    await Console.Error.WriteLineAsync($"{(missed ? "漏报" : "误报")} 第{line}行 {span.Kind} {span.Start}+{span.Length}");
                }
            }
            Console.WriteLine(JsonSerializer.Serialize(Report(evaluation), new JsonSerializerOptions
            {
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                WriteIndented = true,
            }));
            return 0;
        });
        eval.Subcommands.Add(check);
        return eval;
    }

    private static object Report(SpanEvaluation e) => new
    {
        overall = Numbers(e.Overall),
        kinds = e.ByKind.ToDictionary(k => k.Key, k => Numbers(k.Value)),
        linesWithoutSpans = e.LinesWithoutSpans,
        falseAlarmLines = e.FalseAlarmLines,
        falseAlarmRate = Math.Round(e.FalseAlarmRate, 4),
    };

    private static object Numbers(Score s) => new
    {
        precision = Math.Round(s.Precision, 4),
        recall = Math.Round(s.Recall, 4),
        f1 = Math.Round(s.F1, 4),
        tp = s.TruePositives,
        fp = s.FalsePositives,
        fn = s.FalseNegatives,
    };
}
