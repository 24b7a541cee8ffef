using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Inspection;
using Monitor.Analysis.Text;
using Monitor.Ingest.Hosting;
using Monitor.Shared;

namespace Monitor.Tools;

/// <summary><c>monitor bench check</c>: single-thread throughput of the <c>check</c> path (normalise, every inspector, JSON) over a corpus.</summary>
public static class BenchCommands
{
    public static Command Create()
    {
        var bench = new Command("bench", "性能测量");
        var corpus = new Option<FileInfo?>("--corpus") { Description = "语料文件（每行一段文本，默认 corpus/gov_corpus.txt）" };
        var rounds = new Option<int>("--rounds") { Description = "测量轮数（取最快一轮）", DefaultValueFactory = _ => 5 };
        var check = new Command("check", "测量 check 单线程吞吐量（MB/s，按 UTF-8 字节计）") { corpus, rounds };
        check.SetAction(parse =>
        {
            var path = parse.GetValue(corpus)?.FullName
                ?? RepoPaths.Corpus("gov_corpus.txt");
            var lines = File.ReadAllLines(path);
            var bytes = lines.Sum(l => (long)Encoding.UTF8.GetByteCount(l) + 1);
            using var host = MonitorHost.Build();
            var checker = host.Services.GetRequiredService<LineChecker>();
            var writer = new FindingJsonWriter(Stream.Null);
            var date = new DateOnly(2026, 6, 1);
            var findings = 0;
            foreach (var line in lines)
            {
                findings += checker.Check(line, date).Count; // warm-up round, also counts findings
            }
            var best = double.MaxValue;
            for (var r = 0; r < parse.GetValue(rounds); r++)
            {
                var watch = Stopwatch.StartNew();
                foreach (var line in lines)
                {
                    writer.WriteLine(checker.Check(line, date));
                }
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }
            Console.WriteLine($"corpus: {path}, {lines.Length} lines, {bytes / 1e6:F1} MB (UTF-8), findings: {findings}");
            Console.WriteLine($"check (single thread, best of {parse.GetValue(rounds)}): {best:F3} s, {bytes / 1e6 / best:F1} MB/s");
            // Where the time goes: normalisation alone, then each registered inspector alone on normalised text.
            var texts = lines.Select(TextNormaliser.FromPlain).ToArray();
            Report("normalise", bytes, () =>
            {
                foreach (var line in lines)
                {
                    TextNormaliser.FromPlain(line);
                }
            });
            var context = new InspectionContext(date);
            foreach (var inspector in host.Services.GetServices<IPostInspector>())
            {
                Report(inspector.Family, bytes, () =>
                {
                    foreach (var text in texts)
                    {
                        inspector.Inspect(text, context).Count();
                    }
                });
            }
            return 0;
        });
        bench.Subcommands.Add(check);
        bench.Subcommands.Add(BenchSegmentCommand.Create());
        bench.Subcommands.Add(BenchSweepCommand.Create());
        return bench;
    }

    private static void Report(string what, long bytes, Action run)
    {
        run();
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        for (var r = 0; r < 3; r++)
        {
            // CPU time as well as wall time: on a machine shared with other jobs the wall clock counts their work too.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }
        Console.WriteLine($"  {what} alone: {bytes / 1e6 / best:F1} MB/s ({bytes / 1e6 / bestCpu:F1} MB per CPU second)");
    }
}
