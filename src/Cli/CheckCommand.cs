using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Inspection;
using Monitor.Ingest.Hosting;
using Monitor.Shared;

namespace Monitor.Cli;

/// <summary><c>monitor check</c>: one text per stdin line, one JSON line of findings per input line (design.md §6).</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "输出格式（仅支持 jsonl）", DefaultValueFactory = _ => "jsonl" };
        var date = new Option<string?>("--date") { Description = "视为发布日期（YYYY-MM-DD，默认今天，北京时间）" };
        var check = new Command("check", "检查标准输入的每行文本：个人信息泄露、严重表述错误等，每行输出一个 JSON 对象") { format, date };
        check.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(format) != "jsonl")
            {
                await Console.Error.WriteLineAsync("不支持的输出格式，仅支持 jsonl");
                return 2;
            }
            if (!ChinaTime.TryParseDate(parse.GetValue(date), out var publishedOn))
            {
                await Console.Error.WriteLineAsync("日期格式应为 YYYY-MM-DD");
                return 2;
            }
            using var host = MonitorHost.Build();
            var checker = host.Services.GetRequiredService<LineChecker>();
            await using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            await RunAsync(checker, Console.In, stdout, publishedOn, ct);
            return 0;
        });
        return check;
    }

    /// <summary>Exactly one JSON line per input line, in order.</summary>
    public static async Task RunAsync(LineChecker checker, TextReader input, Stream output, DateOnly publishedOn, CancellationToken ct)
    {
        var writer = new FindingJsonWriter(output);
        while (await input.ReadLineAsync(ct) is { } line)
        {
            writer.WriteLine(checker.Check(line, publishedOn));
        }
        await output.FlushAsync(ct);
    }
}
