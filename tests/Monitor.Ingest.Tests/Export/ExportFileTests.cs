using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Export;
using Monitor.TestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Monitor.Ingest.Tests.Export;

public class ExportFileTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 10, 0, 0, TimeSpan.FromHours(8));

    private static async Task<byte[]> ExportAsync(TestDb db, string kind, string format, string period = "2026Q4", string? scope = null)
    {
        using var host = ExportHost.Build(db, Now);
        var request = ExportRequest.Parse(kind, format, period, null, scope, new DateOnly(2026, 12, 10));
        using var stream = new MemoryStream();
        await host.Services.GetRequiredService<ExportService>().WriteAsync(request, stream, default);
        return stream.ToArray();
    }

    [DbFact]
    public async Task the_csv_list_and_summary_match_the_golden_files(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);

        foreach (var (kind, file) in new[] { ("noncompliant", "noncompliant-2026Q4.csv"), ("summary", "summary-2026Q4.csv") })
        {
            var actual = await ExportAsync(db, kind, "csv");
            var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Export", file);
            if (Environment.GetEnvironmentVariable("MONITOR_UPDATE_GOLDEN") is { Length: > 0 } root)
            {
                File.WriteAllBytes(Path.Combine(root, "tests", "Monitor.Ingest.Tests", "Fixtures", "Export", file), actual);
            }
            Assert.Equal([0xEF, 0xBB, 0xBF], actual[..3]);
            Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(path)), Encoding.UTF8.GetString(actual));
        }
    }

    [DbFact]
    public async Task the_xlsx_list_reads_back_with_the_expected_cells(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);

        var bytes = await ExportAsync(db, "noncompliant", "xlsx");

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = XlsxReader.Sheets(doc);
        Assert.Equal(["不合格名单", "待核实"], sheets.Keys);
        var list = sheets["不合格名单"];
        Assert.Equal("2026年四季度不合格政务新媒体名单", list[0][0]);
        Assert.Equal(["序号", "地区/部门", "主办单位", "政务新媒体名称", "标识码", "类型", "存在问题", "检查时最后更新日期", "问题依据"], list[1]);
        Assert.Equal(["1", "曲靖市", "麒麟区人民政府办公室", "麒麟发布", "530302M008WX0001", "微信公众号", "原创不足", "2026-10-20"], list[2][..8]);
        Assert.Equal(3, list.Count(r => r.Count == 9) - 1);
        Assert.StartsWith("注：监测时间点为 2026-11-16 00:00", list[^1][0]);
        Assert.Equal("鲁甸融媒", sheets["待核实"][2][3]);
        var fonts = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>();
        Assert.All(fonts, f => Assert.Equal("宋体", f.GetFirstChild<FontName>()!.Val!.Value));
    }

    [DbFact]
    public async Task the_xlsx_summary_has_regions_platforms_and_a_total_row(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);

        var bytes = await ExportAsync(db, "summary", "xlsx");

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = XlsxReader.Sheets(doc);
        Assert.Equal(["各地区检查情况", "各平台检查情况", "连续不合格", "整改情况"], sheets.Keys);
        var regions = sheets["各地区检查情况"];
        Assert.Equal(["州、市/省直部门", "在运行数", "检查数", "不合格数", "合格率"], regions[1]);
        Assert.Equal(["省直部门", "1", "1", "0", "100%"], regions[2]);
        Assert.Equal(["总计", "7", "6", "3", "50.0%"], regions[^2]);
        Assert.Equal(["微信", "3", "3", "2", "33.3%"], sheets["各平台检查情况"][2]);
    }

    [DbFact]
    public async Task the_notice_docx_reads_back_in_the_seeds_structure(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);

        var bytes = await ExportAsync(db, "notice", "docx");

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<W.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.Equal("云南省人民政府办公厅关于2026年四季度政府系统政务新媒体检查情况的通报", paragraphs[0]);
        var headings = paragraphs.Where(p => p is "一、总体情况" or "二、存在的主要问题" or "三、下一步工作要求").ToList();
        Assert.Equal(["一、总体情况", "二、存在的主要问题", "三、下一步工作要求"], headings);
        Assert.Contains(paragraphs, p => p.Contains("在运行的政府系统政务新媒体共7个，实际检查6个，发现不合格3个") && p.Contains("总体合格率50.0%")
            && p.Contains("政务微信公众号3个，发现不合格2个，合格率33.3%"));
        Assert.Contains("（一）内容不更新。监测时间点前2周内无更新的政务新媒体1个：昭通市“昭通发布”微信公众号。", paragraphs);
        Assert.Contains("（二）个人信息泄露。发布信息泄露公民个人信息的政务新媒体1个：昭通市“鲁甸发布”微博。", paragraphs);
        Assert.Contains("（三）原创不足。监测时间点前2周内无原创信息的政务新媒体1个：曲靖市“麒麟发布”微信公众号。", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("于2026年12月10日前将整改情况") && p.Contains("张三，0871-00000000"));
        Assert.Contains("上期检查不合格的3个政务新媒体中，2个已整改，1个本期仍不合格。", paragraphs);

        var tables = body.Elements<W.Table>().Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
        Assert.Equal(3, tables.Count);
        Assert.Equal(["总计", "7", "6", "3", "50.0%"], tables[0][^1]);
        Assert.Equal(["麒麟发布", "昭通发布", "鲁甸发布"], tables[2].Skip(1).Select(r => r[3]));
        var fonts = body.Descendants<W.RunFonts>().Select(f => f.EastAsia!.Value).Distinct().Order().ToList();
        Assert.Equal(["仿宋_GB2312", "方正小标宋简体", "黑体"], fonts);
        var table = doc.MainDocumentPart.FontTablePart!.Fonts.Elements<W.Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName!.Val!.Value);
        Assert.Equal(("仿宋", "宋体"), (table["仿宋_GB2312"], table["方正小标宋简体"]));
    }

    [Theory]
    [InlineData("notice", "xlsx", "通报草稿只能导出为 docx")]
    [InlineData("noncompliant", "docx", "不合格名单和汇总表只能导出为 xlsx 或 csv")]
    [InlineData("summary", "pdf", "无法识别的文件格式：pdf")]
    [InlineData("list", "csv", "无法识别的导出内容：list")]
    public void a_bad_kind_and_format_combination_is_refused_in_chinese(string kind, string format, string message)
    {
        var e = Assert.Throws<FormatException>(() => ExportRequest.Parse(kind, format, "2026Q4", null, null, null));
        Assert.Contains(message, e.Message);
    }
}
