using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests.Security;

public class DraftUploadTests
{
    /// <summary>A .docx whose document part is <paramref name="paragraphs"/> empty paragraphs: tiny zipped, huge inflated.</summary>
    private static byte[] Docx(int paragraphs, string text = "")
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open(), Encoding.UTF8);
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            writer.Write($"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>");
            for (var i = 0; i < paragraphs; i++)
            {
                writer.Write("<w:p/>");
            }
            writer.Write("</w:body></w:document>");
        }
        return buffer.ToArray();
    }

    private static async Task<(System.Net.HttpStatusCode Status, string Html)> UploadAsync(HttpClient client, byte[] docx)
    {
        var page = await client.GetStringAsync("/Check");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(MonitorWebFactory.Token(page)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(docx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "upload", "draft.docx");
        var response = await client.PostAsync("/Check", form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_docx_that_inflates_to_megabytes_of_empty_paragraphs_is_refused_in_chinese()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();
        var bomb = Docx(4_000_000); // 24 MB of <w:p/>, a few tens of KB zipped

        var (status, html) = await UploadAsync(client, bomb);

        Assert.True(bomb.Length < 200_000, $"{bomb.Length} bytes zipped");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Contains("文稿过大", html);
    }

    [Fact]
    public async Task a_docx_with_too_many_paragraphs_is_refused_before_it_is_read_whole()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();

        var (_, html) = await UploadAsync(client, Docx(50_000));

        Assert.Contains("文稿过大", html);
    }

    [Fact]
    public async Task an_ordinary_docx_is_still_read_and_checked()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();

        var (_, html) = await UploadAsync(client, Docx(3, "今天，国务院总理李克强主持召开国务院常务会议。"));

        Assert.Contains("<mark", html);
        Assert.DoesNotContain("文稿过大", html);
    }

    [Fact]
    public async Task a_file_that_is_not_a_zip_is_refused_in_chinese()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();

        var (_, html) = await UploadAsync(client, Encoding.UTF8.GetBytes("not a zip at all"));

        Assert.Contains("无法读取该 .docx 文件", html);
    }
}
