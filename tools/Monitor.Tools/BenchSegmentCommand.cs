using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Monitor.Analysis.Segmentation;
using Monitor.Shared;

namespace Monitor.Tools;

/// <summary><c>monitor bench segment FILE</c>: dictionary load time and single-thread segmentation throughput, as one JSON line (bench/segment.sh).</summary>
public static class BenchSegmentCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "UTF-8 文本文件，逐行分词" };
        var strings = new Option<bool>("--strings") { Description = "用返回字符串列表的接口（与 Python、Node 版相同的工作量），而非词的位置" };
        var segment = new Command("segment", "测量分词词典加载时间与单线程分词速度（精确模式 + HMM）") { file, strings };
        segment.SetAction(parse =>
        {
            var path = parse.GetValue(file)!.FullName;
            var clock = Stopwatch.StartNew();
            var segmenter = JiebaSegmenter.Load(RepoPaths.Models(), userDictionaries: false);
            var load = clock.Elapsed.TotalSeconds;

            // Streams the file as `monitor segment` does; reading is part of the time, as for the other ports.
            clock.Restart();
            long tokens = 0;
            using var reader = new StreamReader(path, new UTF8Encoding(false), false, 1 << 16);
            var useStrings = parse.GetValue(strings);
            var spans = new List<TokenSpan>();
            var lines = new SpanLineReader(reader);
            while (lines.TryReadLine(out var line))
            {
                if (useStrings)
                {
                    tokens += segmenter.Cut(line.ToString()).Count;
                }
                else
                {
                    spans.Clear();
                    segmenter.Cut(line, spans);
                    tokens += spans.Count;
                }
            }
            var seconds = clock.Elapsed.TotalSeconds;
            var megabytes = new FileInfo(path).Length / 1e6;
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                impl = useStrings ? "monitor-strings" : "monitor",
                loadSeconds = load,
                megabytes,
                tokens,
                seconds,
                megabytesPerSecond = megabytes / seconds,
            }));
            return 0;
        });
        return segment;
    }
}
