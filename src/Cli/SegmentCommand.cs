using System.CommandLine;
using System.Text;
using Monitor.Analysis.Segmentation;
using Monitor.Shared;

namespace Monitor.Cli;

/// <summary><c>monitor segment</c>: UTF-8 lines on stdin, each line's tokens joined by single spaces on stdout (jieba's <c>" ".join(jieba.cut(line))</c>).</summary>
public static class SegmentCommand
{
    public static Command Create()
    {
        var segment = new Command("segment", "分词：从标准输入逐行读取 UTF-8 文本，输出以空格分隔的词（与 jieba 精确模式 + HMM 一致）");
        segment.SetAction(async (_, ct) =>
        {
            // The contract is jieba's own output, so no user dictionary; and no host: the verb needs no other service.
            var segmenter = JiebaSegmenter.Load(RepoPaths.Models(), userDictionaries: false);
            // No BOM detection: like Python, a BOM at the start of stdin is a character of the first line.
            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);
            await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            await Task.Run(() => Run(segmenter, input, output, ct), ct);
            return 0;
        });
        return segment;
    }

    public static void Run(ISegmenter segmenter, TextReader input, TextWriter output, CancellationToken ct)
    {
        var tokens = new List<TokenSpan>();
        var lines = new SpanLineReader(input);
        while (lines.TryReadLine(out var line))
        {
            ct.ThrowIfCancellationRequested();
            tokens.Clear();
            segmenter.Cut(line, tokens);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (i > 0)
                {
                    output.Write(' ');
                }
                output.Write(line.Slice(tokens[i].Start, tokens[i].Length));
            }
            output.Write('\n');
        }
    }
}
