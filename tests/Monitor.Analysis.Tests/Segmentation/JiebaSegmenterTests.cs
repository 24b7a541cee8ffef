using Monitor.Analysis.Segmentation;

namespace Monitor.Analysis.Tests.Segmentation;

public class JiebaSegmenterTests
{
    // Expected tokens recorded from Debian's python3-jieba 0.42.1: list(jieba.cut(text)).
    [Theory]
    [InlineData("我来到北京清华大学", new[] { "我", "来到", "北京", "清华大学" })]
    [InlineData("他来到了网易杭研大厦", new[] { "他", "来到", "了", "网易", "杭研", "大厦" })]
    [InlineData("小明硕士毕业于中国科学院计算所，后在日本京都大学深造", new[] { "小明", "硕士", "毕业", "于", "中国科学院", "计算所", "，", "后", "在", "日本京都大学", "深造" })]
    [InlineData("结婚的和尚未结婚的", new[] { "结婚", "的", "和", "尚未", "结婚", "的" })]
    [InlineData("张三丰在武当山修炼太极拳", new[] { "张三丰", "在", "武当山", "修炼", "太极拳" })]
    [InlineData("2023年GDP增长5.2%，CPI上涨0.2%", new[] { "2023", "年", "GDP", "增长", "5.2%", "，", "CPI", "上涨", "0.2%" })]
    [InlineData("iPhone15和C++、C#的价格是99.99元", new[] { "iPhone15", "和", "C++", "、", "C#", "的", "价格", "是", "99.99", "元" })]
    [InlineData("v1.2.3版本a.b", new[] { "v1.2", ".", "3", "版本", "a", ".", "b" })]
    [InlineData("abc中文def", new[] { "abc", "中文", "def" })]
    [InlineData("COVID-19疫情防控", new[] { "COVID", "-", "19", "疫情", "防控" })]
    [InlineData("访问www.gov.cn网站", new[] { "访问", "www", ".", "gov", ".", "cn", "网站" })]
    [InlineData("2016年9—10月抽查合格率88%", new[] { "2016", "年", "9", "—", "10", "月", "抽查", "合格率", "88%" })]
    [InlineData("国办发〔2015〕15号", new[] { "国办发", "〔", "2015", "〕", "15", "号" })]
    [InlineData("（一）加强领导；二、落实责任！“好”", new[] { "（", "一", "）", "加强", "领导", "；", "二", "、", "落实", "责任", "！", "“", "好", "”" })]
    [InlineData("２０２０年第１季度", new[] { "２", "０", "２", "０", "年", "第", "１", "季度" })]
    [InlineData("政务  公开\t信息", new[] { "政务", " ", " ", "公开", "\t", "信息" })]
    [InlineData("各州、市人民政府\u3000省直有关部门", new[] { "各州", "、", "市", "人民政府", "\u3000", "省直", "有关", "部门" })]
    [InlineData("第一行\r\n第二行", new[] { "第一行", "\r\n", "第二行" })]
    [InlineData("   ", new[] { " ", " ", " " })]
    [InlineData("x\u00A0y\u2003z\u001Cw", new[] { "x", "\u00A0", "y", "\u2003", "z", "\u001C", "w" })]
    [InlineData("鿖鿗元素和㐀字不是汉字块", new[] { "鿖", "鿗", "元素", "和", "㐀", "字", "不是", "汉字", "块" })]
    [InlineData("𠀀𠀁是扩展B区汉字，点赞👍👍", new[] { "𠀀", "𠀁", "是", "扩展", "B", "区", "汉字", "，", "点赞", "👍", "👍" })]
    [InlineData("", new string[0])]
    // 徛 has no emission in any state: MIN_FLOAT absorbs the path probabilities and ties decide, the later state letter winning.
    [InlineData("刘良徛\u3000江西中医药大学附属医院副院长", new[] { "刘", "良", "徛", "\u3000", "江西", "中医药大学", "附属", "医院", "副", "院长" })]
    public void cuts_like_jieba_precise_mode(string text, string[] expected)
    {
        Assert.Equal(expected, TestSegmenter.Shared.Cut(text));
    }

    [Theory]
    [InlineData("李小福是创新办主任也是云计算方面的专家；台中市的凱特琳")]
    [InlineData("𠀀 x\r\n２０２０年GDP增长5.2%")]
    public void spans_cover_the_text_in_order(string text)
    {
        var spans = new List<TokenSpan> { new(99, 1) };
        TestSegmenter.Shared.Cut(text.AsSpan(), spans);

        Assert.Equal(new TokenSpan(99, 1), spans[0]);
        var words = spans.Skip(1).Select(s => text.Substring(s.Start, s.Length)).ToList();
        Assert.Equal(TestSegmenter.Shared.Cut(text), words);
        Assert.Equal(text, string.Concat(words));
    }

    [Fact]
    public void cuts_the_same_from_many_threads()
    {
        var lines = new[] { "他来到了网易杭研大厦", "2023年GDP增长5.2%，CPI上涨0.2%", "小明硕士毕业于中国科学院计算所" };
        var expected = lines.Select(l => string.Join(' ', TestSegmenter.Shared.Cut(l))).ToArray();

        var results = Enumerable.Range(0, 400).AsParallel().Select(i => string.Join(' ', TestSegmenter.Shared.Cut(lines[i % 3])) == expected[i % 3]);

        Assert.All(results, Assert.True);
    }
}
