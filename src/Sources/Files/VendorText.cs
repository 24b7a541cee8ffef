using System.Text;

namespace Monitor.Sources.Files;

/// <summary>Opens a vendor file as text: UTF-8 (with or without BOM), or GB18030 when the bytes are not UTF-8 (Excel on Chinese Windows).</summary>
public static class VendorText
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static TextReader Open(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new StringReader(StrictUtf8.GetString(bytes).TrimStart('\uFEFF'));
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return new StringReader(Encoding.GetEncoding("GB18030").GetString(bytes));
        }
    }
}
