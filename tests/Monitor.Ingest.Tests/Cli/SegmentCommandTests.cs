using Monitor.Analysis.Segmentation;
using Monitor.Cli;
using Monitor.Shared;

namespace Monitor.Ingest.Tests.Cli;

public class SegmentCommandTests
{
    private static readonly Lazy<JiebaSegmenter> _segmenter = new(() => JiebaSegmenter.Load(RepoPaths.Models()));

    // Expected output recorded from python3-jieba: " ".join(jieba.cut(line)) for each line of the input.
    [Theory]
    [InlineData("我来到北京清华大学\n", "我 来到 北京 清华大学\n")]
    [InlineData("政务  公开\r\n\r\n2023年GDP增长5.2%", "政务     公开\n\n2023 年 GDP 增长 5.2%\n")]
    [InlineData("甲\u2028乙\r丙", "甲 \u2028 乙\n丙\n")]
    [InlineData("", "")]
    public void writes_each_lines_tokens_joined_by_single_spaces(string input, string expected)
    {
        var output = new StringWriter();

        SegmentCommand.Run(_segmenter.Value, new StringReader(input), output, CancellationToken.None);

        Assert.Equal(expected, output.ToString());
    }
}
