using DocumentFormat.OpenXml.Packaging;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

public class ExportPageTests
{
    private static readonly DateTime Cutoff = new(2026, 11, 15, 16, 0, 0, DateTimeKind.Utc);

    private static async Task GivenOneFailedAccountAsync(TestDb db)
    {
        await using var context = db.CreateContext();
        var account = Some.Account(Platform.WeChat, "昭通发布", "530600M008WX0001");
        context.Accounts.Add(account);
        await context.SaveChangesAsync();
        context.CheckResults.Add(new CheckResult { AccountId = account.Id, RuleId = "update.two-week", CutoffUtc = Cutoff, Verdict = Verdict.Fail, EvaluatedAt = Cutoff });
        await context.SaveChangesAsync();
    }

    [DbFact]
    public async Task the_page_previews_the_report_and_downloads_the_workbook(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await GivenOneFailedAccountAsync(db);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();

        var html = await client.GetStringAsync("/Export?Period=2026Q4");
        var response = await client.GetAsync("/Export?handler=Download&Period=2026Q4&Kind=noncompliant&Format=xlsx");

        Assert.Contains("昭通发布", html);
        Assert.Contains("<td>总计</td><td>1</td><td>1</td><td>1</td><td>0%</td>", html);
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("530600M008WX0001", doc.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);
    }

    [DbFact]
    public async Task a_notice_as_csv_is_refused_with_a_chinese_message(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await GivenOneFailedAccountAsync(db);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();

        var response = await client.GetAsync("/Export?handler=Download&Period=2026Q4&Kind=notice&Format=csv");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("通报草稿只能导出为 docx", await response.Content.ReadAsStringAsync());
    }
}
