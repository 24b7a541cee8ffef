using System.Text;
using Monitor.Sites.Fetching;

namespace Monitor.Sites.Tests;

public class HtmlDecoderTests
{
    private const string Page = "<html><head><title>县人民政府</title></head><body>通知公告</body></html>";

    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void gbk_without_header_or_meta_is_decoded_as_gb18030()
    {
        var (text, encoding) = HtmlDecoder.Decode(Encoding.GetEncoding("GBK").GetBytes(Page), null);
        Assert.Contains("通知公告", text);
        Assert.Equal("gb18030", encoding);
    }

    [Fact]
    public void gb2312_declared_only_in_the_meta_tag_is_honoured()
    {
        var html = Page.Replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
        var (text, _) = HtmlDecoder.Decode(Encoding.GetEncoding("GBK").GetBytes(html), "ISO-8859-1");
        Assert.Contains("县人民政府", text);
    }

    [Fact]
    public void gbk_declared_in_the_header_is_honoured() =>
        Assert.Contains("通知公告", HtmlDecoder.Decode(Encoding.GetEncoding("GBK").GetBytes(Page), "GBK").Text);

    [Fact]
    public void a_page_that_claims_utf8_but_is_gbk_is_read_by_its_bytes() =>
        Assert.Contains("通知公告", HtmlDecoder.Decode(Encoding.GetEncoding("GBK").GetBytes(Page), "utf-8").Text);
}
