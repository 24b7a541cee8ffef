using Monitor.Analysis.Text;

namespace Monitor.Analysis.Tests.Text;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("会议强调。要抓好落实！", "会议强调。|要抓好落实！")]
    [InlineData("他说：“要抓落实。”随后离开。", "他说：“要抓落实。”|随后离开。")]
    [InlineData("真的吗？！是的；继续", "真的吗？！|是的；|继续")]
    [InlineData("第一行\n第二行", "第一行|第二行")]
    [InlineData("没有结束标点", "没有结束标点")]
    public void splits_after_terminators_keeping_closing_quotes(string text, string expected)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length));
        Assert.Equal(expected, string.Join("|", sentences));
    }
}
