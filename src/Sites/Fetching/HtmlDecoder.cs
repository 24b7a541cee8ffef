using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Sites.Fetching;

/// <summary>
/// Decodes a page the way browsers do for Chinese government sites: the header's charset, else a BOM, else the meta
/// tag, else UTF-8 when the bytes are valid UTF-8 and GB18030 (a superset of GBK and GB2312) when they are not.
/// </summary>
public static partial class HtmlDecoder
{
    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string Encoding) Decode(byte[] bytes, string? headerCharset)
    {
        if (Resolve(headerCharset) is { } fromHeader && !IsUtf8Mismatch(fromHeader, bytes))
        {
            return (fromHeader.GetString(bytes).TrimStart('\uFEFF'), Name(fromHeader));
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "utf-8");
        }
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        if (MetaCharset().Match(head) is { Success: true } m && Resolve(m.Groups[1].Value) is { } fromMeta && !IsUtf8Mismatch(fromMeta, bytes))
        {
            return (fromMeta.GetString(bytes), Name(fromMeta));
        }
        try
        {
            return (new UTF8Encoding(false, true).GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var gb = Encoding.GetEncoding("GB18030");
            return (gb.GetString(bytes), Name(gb));
        }
    }

    /// <summary>GBK and GB2312 are decoded as GB18030; Tomcat's default ISO-8859-1 header is ignored because it is never meant.</summary>
    private static Encoding? Resolve(string? charset)
    {
        var name = charset?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name) || name is "iso-8859-1" or "latin1" or "us-ascii")
        {
            return null;
        }
        if (name is "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "gb18030" or "cp936")
        {
            return Encoding.GetEncoding("GB18030");
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A page that says UTF-8 but is not (copied templates) is read by its bytes instead.</summary>
    private static bool IsUtf8Mismatch(Encoding declared, byte[] bytes)
    {
        if (declared.CodePage != Encoding.UTF8.CodePage)
        {
            return false;
        }
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(bytes);
            return false;
        }
        catch (DecoderFallbackException)
        {
            return true;
        }
    }

    private static string Name(Encoding e) => e.CodePage == 54936 ? "gb18030" : e.WebName;

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
