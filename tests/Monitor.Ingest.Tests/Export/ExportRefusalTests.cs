using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Compliance;
using Monitor.Export;
using Monitor.Shared.Domain;
using Monitor.TestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Monitor.Ingest.Tests.Export;

public class ExportRefusalTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 10, 0, 0, TimeSpan.FromHours(8));

    private static async Task<byte[]> ExportAsync(TestDb db, string kind, string format, DateTime? cutoff = null, string? scope = null, string period = "2026Q4")
    {
        using var host = ExportHost.Build(db, Now);
        var request = ExportRequest.Parse(kind, format, period, cutoff, scope, new DateOnly(2026, 12, 10));
        using var stream = new MemoryStream();
        await host.Services.GetRequiredService<ExportService>().WriteAsync(request, stream, default);
        return stream.ToArray();
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return doc.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
    }

    [DbFact]
    public async Task a_cutoff_nobody_judged_is_refused_naming_the_cutoffs_that_exist(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);

        var e = await Assert.ThrowsAsync<ComplianceException>(() => ExportAsync(db, "notice", "docx", new DateTime(2026, 11, 30, 16, 0, 0, DateTimeKind.Utc)));

        Assert.Contains("没有判定结果", e.Message);
        Assert.Contains("2026-11-16 00:00", e.Message);
    }

    [DbFact]
    public async Task a_cutoff_outside_the_period_and_an_unknown_scope_are_refused(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);

        var outside = await Assert.ThrowsAsync<ComplianceException>(() => ExportAsync(db, "noncompliant", "xlsx", ComplianceFixture.Q3Cutoff));
        var scope = await Assert.ThrowsAsync<ComplianceException>(() => ExportAsync(db, "noncompliant", "xlsx", scope: "99"));

        Assert.Contains("不在2026年四季度", outside.Message);
        Assert.Contains("范围 99 不是已知的行政区划代码", scope.Message);
    }

    [DbFact]
    public async Task the_csv_list_carries_the_pending_accounts_like_the_workbook(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);

        var csv = Encoding.UTF8.GetString(await ExportAsync(db, "noncompliant", "csv"));

        Assert.Contains("待核实政务新媒体名单", csv);
        Assert.Contains("鲁甸融媒", csv);
    }

    [DbFact]
    public async Task the_notice_accounts_for_every_previous_failure_including_the_pending_ones(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);
        await using (var context = db.CreateContext())
        {
            var douyin = await context.Accounts.SingleAsync(a => a.Name == "鲁甸融媒");
            await context.CheckResults.Where(c => c.AccountId == douyin.Id && c.CutoffUtc == ComplianceFixture.Q3Cutoff && c.RuleId == "update.two-week")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Verdict, Verdict.Fail));
        }

        var paragraphs = Paragraphs(await ExportAsync(db, "notice", "docx"));

        Assert.Contains("上期检查不合格的4个政务新媒体中，2个已整改，1个本期仍不合格，1个待核实。", paragraphs);
    }

    [DbFact]
    public async Task a_city_notice_is_addressed_to_its_counties_and_signed_by_the_city(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);

        var paragraphs = Paragraphs(await ExportAsync(db, "notice", "docx", scope: "5306"));

        Assert.StartsWith("昭通市人民政府办公室关于昭通市2026年四季度", paragraphs[0]);
        Assert.Contains("各县（市、区）人民政府，市直有关部门：", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("各州、市人民政府") || p.Contains("省人民政府办公厅") || p.Contains("省直部门"));
    }

    [DbFact]
    public async Task list_rows_carry_evidence_and_a_county_is_named_with_its_city(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);
        await using (var context = db.CreateContext())
        {
            await context.Accounts.Where(a => a.Name == "麒麟发布").ExecuteUpdateAsync(s => s.SetProperty(a => a.RegionName, "麒麟区"));
        }

        var bytes = await ExportAsync(db, "noncompliant", "xlsx");

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var list = XlsxReader.Sheets(doc)["不合格名单"];
        Assert.Equal("问题依据", list[1][8]);
        var qilin = list.Single(r => r.Count > 3 && r[3] == "麒麟发布");
        Assert.Equal("曲靖市麒麟区", qilin[1]);
        Assert.Contains("原创不足：", qilin[8]);
        Assert.Contains("最近发文 2026-10-20", qilin[8]);
        var ludian = list.Single(r => r.Count > 3 && r[3] == "鲁甸发布");
        Assert.Contains("个人信息泄露：2026-10-20", ludian[8]);
    }
}
