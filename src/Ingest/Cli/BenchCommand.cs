using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Monitor.Analysis.Segmentation;
using Monitor.Shared;

namespace Monitor.Ingest.Cli;

/// <summary><c>monitor bench segment FILE</c>: dictionary load time and single-thread segmentation throughput, as one JSON line (bench/segment.sh).</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "性能测量");
        var file = new Argument<FileInfo>("FILE") { Description = "UTF-8 文本文件，逐行分词" };
        var segment = new Command("segment", "测量分词词典加载时间与单线程分词速度（精确模式 + HMM）") { file };
        segment.SetAction(parse =>
        {
            var path = parse.GetValue(file)!.FullName;
            var clock = Stopwatch.StartNew();
            var segmenter = JiebaSegmenter.Load(RepoPaths.Models());
            var load = clock.Elapsed.TotalSeconds;
            var lines = File.ReadAllLines(path, new UTF8Encoding(false));
            var megabytes = new FileInfo(path).Length / 1e6;

            clock.Restart();
            var spans = new List<TokenSpan>();
            long tokens = 0;
            foreach (var line in lines)
            {
                spans.Clear();
                segmenter.Cut(line.AsSpan(), spans);
                tokens += spans.Count;
            }
            var spanSeconds = clock.Elapsed.TotalSeconds;

            // The same work returning strings, as the Python and Node ports do.
            clock.Restart();
            long words = 0;
            foreach (var line in lines)
            {
                words += segmenter.Cut(line).Count;
            }
            var stringSeconds = clock.Elapsed.TotalSeconds;

            Console.WriteLine(JsonSerializer.Serialize(new
            {
                impl = "monitor",
                loadSeconds = load,
                megabytes,
                tokens,
                spanSeconds,
                spanMegabytesPerSecond = megabytes / spanSeconds,
                stringTokens = words,
                stringSeconds,
                stringMegabytesPerSecond = megabytes / stringSeconds,
            }));
            return 0;
        });
        bench.Subcommands.Add(segment);
        return bench;
    }
}
