using Monitor.Analysis.Text;

namespace Monitor.Analysis.Tests.Text;

public class TextNormaliserTests
{
    [Theory]
    [InlineData("联系电话１３８１２３４５６７８", "联系电话13812345678")]
    [InlineData("ＡＢＣ　ａｂｃ", "ABC abc")]
    [InlineData("习近平\u200B新时代\u200C中国\uFEFF特色", "习近平新时代中国特色")]
    [InlineData("\uFEFF开头有BOM", "开头有BOM")]
    [InlineData("多个   空格\t\t和制表符", "多个 空格 和制表符")]
    [InlineData("第一行\r\n\r\n第二行  \n 第三行", "第一行\n第二行\n第三行")]
    [InlineData("不\u00A0换行\u2003空格", "不 换行 空格")]
    [InlineData("全角标点保留：，。！？（）", "全角标点保留：，。！？（）")]
    [InlineData("表情😀不变👨\u200D👩\u200D👧", "表情😀不变👨\u200D👩\u200D👧")]
    [InlineData("  首尾空白  ", "首尾空白")]
    public void folds_plain_text(string input, string expected)
    {
        Assert.Equal(expected, TextNormaliser.FromPlain(input).Normalised);
    }

    [Theory]
    [InlineData("电话１３８１２３４５６７８。", "13812345678", "１３８１２３４５６７８")]
    [InlineData("😀😀电话13812345678", "13812345678", "13812345678")]
    [InlineData("身份\u200B证号\u200B110101", "证号110101", "证号\u200B110101")]
    [InlineData("手机   138", "手机 138", "手机   138")]
    public void maps_every_normalised_span_back_to_the_exact_original(string input, string normalisedSpan, string originalSpan)
    {
        var text = TextNormaliser.FromPlain(input);
        var at = text.Normalised.IndexOf(normalisedSpan, StringComparison.Ordinal);
        var (start, length) = text.ToOriginal(at, normalisedSpan.Length);
        Assert.Equal(originalSpan, input.Substring(start, length));
    }

    [Fact]
    public void keeps_the_identity_map_for_text_that_needs_no_change()
    {
        var text = TextNormaliser.FromPlain("公示名单如下：张三，李四。");
        Assert.Same(text.Original, text.Normalised);
        Assert.Equal((7, 2), text.ToOriginal(7, 2));
    }

    [Theory]
    [InlineData("<p>第一段</p><p>第二段</p>", "第一段\n第二段")]
    [InlineData("<div>标题<br>正文</div>", "标题\n正文")]
    [InlineData("<p>前<script>var phone='13812345678';</script>后</p>", "前后")]
    [InlineData("<style>p{color:red}</style><p>样式被丢弃</p>", "样式被丢弃")]
    [InlineData("<p>A&amp;B&nbsp;C&lt;D&gt;&#x4E2D;&#22269;</p>", "A&B C<D>中国")]
    [InlineData("<table><tr><td>张三</td><td>男</td></tr><tr><td>李四</td><td>女</td></tr></table>", "张三 男\n李四 女")]
    [InlineData("<p>源码里的\n换行是空格</p>", "源码里的 换行是空格")]
    [InlineData("<!-- 注释 --><p>正文</p>", "正文")]
    public void turns_html_into_plain_text(string html, string expected)
    {
        Assert.Equal(expected, TextNormaliser.FromHtml(html).Normalised);
    }

    [Theory]
    [InlineData("<p>电话：<b>138</b>12345678</p>", "13812345678", "138</b>12345678")]
    [InlineData("<p>A&amp;B</p>", "A&B", "A&amp;B")]
    [InlineData("<p>身份证号&nbsp;&#x31;10101199003071233</p>", " 110101199003071233", "&nbsp;&#x31;10101199003071233")]
    [InlineData("<div class=\"x\" data-a='>'>😀中华人民共和国</div>", "中华人民共和国", "中华人民共和国")]
    [InlineData("<p>前<script>if (a<b) x();</script>后文</p>", "后文", "后文")]
    public void maps_html_text_back_to_the_raw_html(string html, string normalisedSpan, string originalSpan)
    {
        var text = TextNormaliser.FromHtml(html);
        var at = text.Normalised.IndexOf(normalisedSpan, StringComparison.Ordinal);
        Assert.True(at >= 0, text.Normalised);
        var (start, length) = text.ToOriginal(at, normalisedSpan.Length);
        Assert.Equal(originalSpan, html.Substring(start, length));
    }
}
