using Monitor.Dashboard.Rendering;

namespace Monitor.Dashboard.Tests.Rendering;

public class PostHtmlSanitizerTests
{
    [Theory]
    [InlineData("段落与换行保留", "<p>通知<br>第二行</p>", "<p>通知<br>第二行</p>")]
    [InlineData("脚本连同内容删除", "<p>公告</p><script>alert('x')</script>", "<p>公告</p>")]
    [InlineData("大写脚本标签", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>正文", "正文")]
    [InlineData("样式表连同内容删除", "<style>body{background:url(http://evil.example/t)}</style><p>正文</p>", "<p>正文</p>")]
    [InlineData("style 属性删除", "<p style=\"background:url(http://evil.example/t.png)\">正文</p>", "<p>正文</p>")]
    [InlineData("事件属性删除", "<span onmouseover=\"steal()\" class=\"x\" id=\"y\">词</span>", "<span>词</span>")]
    [InlineData("外链图片换成占位", "<p><img src=\"http://evil.example/t.png\" onerror=\"alert(1)\"></p>", "<p>[图片]</p>")]
    [InlineData("图片说明保留为文字", "<img src=\"https://mmbiz.qpic.cn/x\" alt=\"会场\">", "[图片：会场]")]
    [InlineData("data 图片也不加载", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">", "[图片]")]
    [InlineData("srcset 图片不加载", "<img srcset=\"http://evil.example/a.png 2x\">", "[图片]")]
    [InlineData("svg 连同 onload 删除", "<svg onload=\"alert(1)\"><circle r=\"5\"/></svg>正文", "正文")]
    [InlineData("math 删除", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>正文", "正文")]
    [InlineData("iframe object embed 删除", "<iframe src=\"http://evil.example\"></iframe><object data=\"x\"></object><embed src=\"x\">正文", "正文")]
    [InlineData("表单删除", "<form action=\"http://evil.example\"><input name=\"p\"><button>提交</button></form>正文", "正文")]
    [InlineData("meta base link 删除", "<base href=\"http://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=http://evil.example\"><link rel=\"stylesheet\" href=\"http://evil.example/a.css\">正文", "正文")]
    [InlineData("http 链接保留并加 rel", "<a href=\"https://www.gov.cn/a.html\" onclick=\"x()\">原文</a>", "<a href=\"https://www.gov.cn/a.html\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">原文</a>")]
    [InlineData("javascript 链接去掉", "<a href=\"javascript:alert(1)\">点我</a>", "点我")]
    [InlineData("大小写混写且有空格的 javascript", "<a href=\"  JaVaScRiPt:alert(1)\">点我</a>", "点我")]
    [InlineData("实体编码的 javascript", "<a href=\"&#106;&#97;vascript&#58;alert(1)\">点我</a>", "点我")]
    [InlineData("夹制表符的 javascript", "<a href=\"java&#9;script:alert(1)\">点我</a>", "点我")]
    [InlineData("vbscript 链接去掉", "<a href=\"vbscript:msgbox(1)\">点我</a>", "点我")]
    [InlineData("data 链接去掉", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">点我</a>", "点我")]
    [InlineData("相对链接去掉", "<a href=\"/admin\">点我</a>", "点我")]
    [InlineData("未知标签拆包保留文字", "<div><font color=\"red\"><mpvoice>重要</mpvoice></font></div>", "重要")]
    [InlineData("错误嵌套由解析器修正", "<b><i>粗斜</b>斜</i>", "<b><i>粗斜</i></b><i>斜</i>")]
    [InlineData("未闭合标签补全", "<p><strong>未闭合", "<p><strong>未闭合</strong></p>")]
    [InlineData("文本里的尖括号转义", "1 &lt; 2 &amp;&amp; <b>3 &gt; 2</b>", "1 &lt; 2 &amp;&amp; <b>3 &gt; 2</b>")]
    [InlineData("注释删除", "<!-- <script>alert(1)</script> -->正文", "正文")]
    [InlineData("属性里的引号不能逃逸", "<a href='https://x.example/?q=\"><script>alert(1)</script>'>链</a>", "<a href=\"https://x.example/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">链</a>")]
    [InlineData("表格保留合并单元格", "<table><tr><td colspan=\"2\" style=\"color:red\">合计</td></tr></table>", "<table><tbody><tr><td colspan=\"2\">合计</td></tr></tbody></table>")]
    [InlineData("模板元素删除", "<template><script>alert(1)</script></template>正文", "正文")]
    [InlineData("noscript 删除", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>正文", "正文")]
    public void hostile_html_comes_out_as_allow_listed_markup(string because, string html, string expected)
    {
        Assert.True(expected == PostHtmlSanitizer.Sanitise(html), $"{because}: {PostHtmlSanitizer.Sanitise(html)}");
    }

    [Fact]
    public void deep_nesting_keeps_the_text_without_the_structure()
    {
        var html = string.Concat(Enumerable.Repeat("<span>", 5000)) + "深处" + string.Concat(Enumerable.Repeat("</span>", 5000));

        var result = PostHtmlSanitizer.Sanitise(html)!;

        Assert.Contains("深处", result);
        Assert.True(result.Length < 5000 * 13, "the nesting is cut");
    }

    [Fact]
    public void personal_data_is_masked_in_the_rich_text()
    {
        var result = PostHtmlSanitizer.Sanitise("<p>联系电话 13812345678，欢迎来电</p>", ["13812345678"]);

        Assert.NotNull(result);
        Assert.DoesNotContain("13812345678", result);
        Assert.StartsWith("<p>联系电话 ", result);
    }

    [Fact]
    public void personal_data_split_across_elements_hides_the_rich_text()
    {
        Assert.Null(PostHtmlSanitizer.Sanitise("<p>联系电话 138<b>1234</b>5678</p>", ["13812345678"]));
    }
}
