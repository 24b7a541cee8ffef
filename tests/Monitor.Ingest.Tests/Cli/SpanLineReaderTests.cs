using Monitor.Analysis.Segmentation;

namespace Monitor.Ingest.Tests.Cli;

public class SpanLineReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("一行")]
    [InlineData("一行\n")]
    [InlineData("甲\n乙\r\n丙\r丁")]
    [InlineData("\r\n\r\n\n\r\r")]
    [InlineData("末尾是回车\r")]
    [InlineData("长一点的一行政务新媒体检查情况通报\r\n短\r\n\r\n最后一行没有换行符")]
    [InlineData("分隔符\u2028\u0085\u000B不算换行\n")]
    public void reads_the_lines_textreader_reads_at_any_buffer_size(string text)
    {
        var expected = new List<string>();
        var reference = new StringReader(text);
        while (reference.ReadLine() is { } line)
        {
            expected.Add(line);
        }

        for (var size = 2; size <= 9; size++)
        {
            var lines = new List<string>();
            var reader = new SpanLineReader(new StringReader(text), size);
            while (reader.TryReadLine(out var line))
            {
                lines.Add(line.ToString());
            }
            Assert.Equal(expected, lines);
        }
    }
}
