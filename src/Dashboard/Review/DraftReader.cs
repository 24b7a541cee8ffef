using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Monitor.Dashboard.Review;

/// <summary>The text of an uploaded draft: .txt as UTF-8, .docx paragraph by paragraph.</summary>
public static class DraftReader
{
    public const long MaxBytes = 5 * 1024 * 1024;

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
            using var doc = WordprocessingDocument.Open(stream, false);
            var body = doc.MainDocumentPart?.Document?.Body;
            return body is null ? "" : string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            throw new InvalidDataException("无法读取该 .docx 文件。", e);
        }
    }
}
