using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Monitor.Dashboard.Review;

/// <summary>
/// The text of an uploaded draft: .txt as UTF-8, .docx paragraph by paragraph. A .docx is a zip, so its 5 MB can
/// expand a thousandfold: the main part is streamed, never loaded whole, and reading stops at a limit on the bytes
/// inflated and on the paragraphs and characters collected.
/// </summary>
public static class DraftReader
{
    public const long MaxBytes = 5 * 1024 * 1024;
    /// <summary>Far more than any post or press release (a long report is a few hundred KB of XML).</summary>
    public const long MaxInflatedBytes = 20 * 1024 * 1024;
    public const int MaxParagraphs = 20_000;
    public const int MaxChars = 500_000;

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly string TooLarge = $"文稿过大：.docx 展开后超过 {MaxInflatedBytes / 1024 / 1024} MB、{MaxParagraphs} 段或 {MaxChars} 字，请分段检查。";

    public static async Task<string> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > MaxBytes)
        {
            throw new InvalidDataException("文件超过 5 MB。");
        }
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        await using var upload = file.OpenReadStream();
        var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return extension switch
        {
            ".txt" => new StreamReader(buffer, Encoding.UTF8).ReadToEnd(),
            ".docx" => ReadDocx(buffer),
            _ => throw new InvalidDataException("只支持 .txt 和 .docx 文件。"),
        };
    }

    private static string ReadDocx(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var entry = zip.GetEntry("word/document.xml") ?? throw new InvalidDataException("无法读取该 .docx 文件。");
            if (entry.Length > MaxInflatedBytes)
            {
                throw new InvalidDataException(TooLarge);
            }
            // The declared size can lie; the counting stream enforces the limit on what is actually inflated.
            using var inflated = new LimitedStream(entry.Open(), MaxInflatedBytes, TooLarge);
            return ReadParagraphs(inflated);
        }
        catch (Exception e) when (e is XmlException or IOException || (e is InvalidDataException && e.Message != TooLarge))
        {
            // Zip and XML errors are English and say nothing useful to a reviewer.
            throw new InvalidDataException("无法读取该 .docx 文件。", e);
        }
    }

    /// <summary>Each <c>w:p</c> becomes a line of its <c>w:t</c> texts (tabs and breaks as whitespace).</summary>
    private static string ReadParagraphs(Stream xml)
    {
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var text = new StringBuilder();
        var paragraphs = 0;
        var inText = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == WordNamespace)
            {
                switch (reader.LocalName)
                {
                    case "p":
                        if (++paragraphs > MaxParagraphs)
                        {
                            throw new InvalidDataException(TooLarge);
                        }
                        if (paragraphs > 1)
                        {
                            text.Append('\n');
                        }
                        break;
                    case "t":
                        inText = !reader.IsEmptyElement;
                        break;
                    case "tab":
                        text.Append('\t');
                        break;
                    case "br":
                        text.Append('\n');
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "t")
            {
                inText = false;
            }
            else if (inText && reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text.Append(reader.Value);
            }
            if (text.Length > MaxChars)
            {
                throw new InvalidDataException(TooLarge);
            }
        }
        return text.ToString();
    }
}
