using System.Net;
using System.Text.RegularExpressions;
using Monitor.Analysis.Text;
using Monitor.Shared;

namespace Monitor.Analysis.Tests.Text;

/// <summary>A recorded WeChat-style article: every normalised char points at the raw HTML it came from.</summary>
public class HtmlOffsetMapTests
{
    private static readonly string Html = File.ReadAllText(Path.Combine(
        RepoPaths.FindRoot(AppContext.BaseDirectory)!, "tests", "Monitor.Analysis.Tests", "Fixtures", "Html", "wechat-article.html"));

    [Fact]
    public void every_visible_char_maps_to_raw_html_that_decodes_to_it()
    {
        var text = TextNormaliser.FromHtml(Html);
        for (var i = 0; i < text.Normalised.Length; i++)
        {
            var c = text.Normalised[i];
            var (start, length) = text.ToOriginal(i, 1);
            var raw = Html.Substring(start, length);
            if (c is ' ' or '\n')
            {
                // A folded line break stands for the whole gap between two blocks, markup included.
                var gap = WebUtility.HtmlDecode(Regex.Replace(raw, "<[^>]*>", ""));
                Assert.True(string.IsNullOrWhiteSpace(gap.Replace('\u00A0', ' ').Replace('\u3000', ' ')),
                    $"char {i} is whitespace but maps to “{raw}”");
                continue;
            }
            var decoded = WebUtility.HtmlDecode(raw);
            Assert.True(decoded.Contains(c) || decoded.Length == 1 && decoded[0] - 0xFEE0 == c,
                $"char {i} “{c}” maps to “{raw}”");
        }
    }

    [Fact]
    public void drops_head_scripts_styles_and_comments_and_keeps_the_article()
    {
        var text = TextNormaliser.FromHtml(Html).Normalised;
        Assert.DoesNotContain("13912345678", text);
        Assert.DoesNotContain("13612345678", text);
        Assert.DoesNotContain("biz", text);
        Assert.StartsWith("关于2024年度耕地地力保护补贴发放情况的公示", text);
        Assert.Contains("1 张三 530102198506120033 139 1234 5678 1,280.50", text);
        Assert.Contains("TEL 13812345678 结束&致谢", text);
        Assert.Contains("👨\u200D👩\u200D👧与零宽字符测试", text);
    }

    [Fact]
    public void finds_the_leaks_in_the_article_at_their_raw_html_offsets()
    {
        var findings = GivenInspectors.Runner().Inspect(TextNormaliser.FromHtml(Html), new(new DateOnly(2024, 7, 1)));
        var spans = findings.Select(f => (f.RuleId, Html.Substring(f.Start, f.Length))).ToList();
        Assert.Equal(
            [
                ("pii.id-card", "530102198506120033"),
                ("pii.mobile", "139&nbsp;1234&nbsp;5678"),
                ("pii.mobile", "１３８１２３４５６７８"),
            ],
            spans);
    }
}
