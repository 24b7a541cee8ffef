using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Inspection;
using Monitor.Ingest.Hosting;
using Monitor.Shared;
using Monitor.Tools.Evaluation;

namespace Monitor.Tools;

/// <summary><c>monitor eval check FILE.jsonl</c>: span-level precision, recall and F1 per kind, and the false-alarm rate.</summary>
public static class EvalCommands
{
    public static Command Create()
    {
        var eval = new Command("eval", "在标注数据上评测检查效果");
        var file = new Argument<FileInfo>("FILE") { Description = "JSON 行文件：{\"text\":…,\"spans\":[{\"start\",\"length\",\"kind\"}],\"date\"?}" };
        var date = new Option<string?>("--date") { Description = "未标注 date 的行视为该日发布（YYYY-MM-DD，默认今天）" };
        var errors = new Option<bool>("--errors") { Description = "在标准错误输出中列出每个误报和漏报" };
        var families = new Option<string>("--families")
        {
            Description = "计分的规则族，逗号分隔（默认 pii,misstatement；all 表示全部）",
            DefaultValueFactory = _ => "pii,misstatement",
        };
        var check = new Command("check", "评测 check 的检出结果（按片段计精确率、召回率、F1 和误报率）") { file, date, errors, families };
        check.SetAction(async (parse, ct) =>
        {
            if (!ChinaTime.TryParseDate(parse.GetValue(date), out var defaultDate))
            {
                await Console.Error.WriteLineAsync("日期格式应为 YYYY-MM-DD");
                return 2;
            }
            using var host = MonitorHost.Build();
            var checker = host.Services.GetRequiredService<LineChecker>();
            var path = parse.GetValue(file)!.FullName;
            var only = parse.GetValue(families) is "all" or null ? null
                : parse.GetValue(families)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
            var evaluation = LabelledFile.Evaluate(checker, File.ReadLines(path), defaultDate, only);
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
        eval.Subcommands.Add(TyposCommand());
        return eval;
    }

    /// <summary><c>monitor eval typos FILE.jsonl</c>: runs the check path on each <c>src</c> and scores its <c>typo.*</c> replacements against <c>tgt</c>.</summary>
    private static Command TyposCommand()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "JSON 行文件：{\"src\":原文,\"tgt\":改正后文本}（等长）" };
        var errors = new Option<bool>("--errors") { Description = "在标准错误输出中逐句写出原文和改后文本（JSON 行）" };
        var typos = new Command("typos", "评测错别字检查（句级和字级的检出、纠正精确率、召回率、F1，以及无错句误报率）") { file, errors };
        typos.SetAction(async (parse, ct) =>
        {
            using var host = MonitorHost.Build();
            var checker = host.Services.GetRequiredService<LineChecker>();
            var date = ChinaTime.Today(TimeProvider.System);
            var showErrors = parse.GetValue(errors);
            var evaluation = TypoEvaluation.Evaluate(File.ReadLines(parse.GetValue(file)!.FullName), src =>
            {
                var output = TypoEvaluation.Apply(src, checker.Check(src, date));
                if (showErrors)
                {
                    Console.Error.WriteLine(JsonSerializer.Serialize(new { src, output }, Relaxed));
                }
                return output;
            });
            Console.WriteLine(JsonSerializer.Serialize(TypoReport(evaluation), new JsonSerializerOptions
            {
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                WriteIndented = true,
            }));
            await Task.CompletedTask;
            return 0;
        });
        return typos;
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static object TypoReport(TypoEvaluation e) => new
    {
        sentences = e.Sentences,
        errorFreeSentences = e.ErrorFreeSentences,
        sentence = new { detection = Numbers(e.SentenceDetection), correction = Numbers(e.SentenceCorrection) },
        character = new { detection = Numbers(e.CharDetection), correction = Numbers(e.CharCorrection) },
        falseAlarmSentences = e.FalseAlarmSentences,
        falseAlarmRate = Math.Round(e.FalseAlarmRate, 4),
    };

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
