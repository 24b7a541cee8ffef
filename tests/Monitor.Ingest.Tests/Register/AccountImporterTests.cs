using System.Text;
using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Register;
using Monitor.Shared.Domain;
using Monitor.Shared.Regions;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Register;

public class AccountImporterTests
{
    private static readonly RegionCatalog Regions = RegionCatalog.Load();

    private static async Task<ImportReport> ImportAsync(TestDb db, string path)
    {
        await using var context = db.CreateContext();
        return await new AccountImporter(context, Regions, TimeProvider.System).ImportFileAsync(path, CancellationToken.None);
    }

    private static string WriteRegister(string extension, int count, out int[] badRows)
    {
        var rows = TestRegister.Build(count, out badRows);
        var path = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}{extension}");
        if (extension == ".xlsx")
        {
            TestXlsx.Write(path, rows);
        }
        else
        {
            File.WriteAllLines(path, rows.Select(r => string.Join(',', r)), new UTF8Encoding(true));
        }
        return path;
    }

    [DbFact]
    public async Task reports_exactly_the_bad_rows_imports_the_rest_and_reimport_changes_nothing(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        foreach (var ext in new[] { ".xlsx", ".csv" })
        {
            var path = WriteRegister(ext, 50, out var bad);
            var first = await ImportAsync(db, path);
            Assert.Equal(bad, first.Errors.Select(e => e.RowNumber).OrderBy(n => n).ToArray());
            Assert.Empty(first.Warnings);
            Assert.Equal(47, first.Imported);

            var again = await ImportAsync(db, path);
            Assert.Equal(0, again.Added);
            Assert.Equal(0, again.Updated);
            Assert.Equal(47, again.Unchanged);
            File.Delete(path);
        }
        await using var context = db.CreateContext();
        Assert.Equal(47, await context.Accounts.CountAsync());
    }

    [DbFact]
    public async Task reimport_updates_in_place_matched_by_code(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var path = WriteRegister(".csv", 5, out _);
        await ImportAsync(db, path);
        var lines = File.ReadAllLines(path);
        lines[1] = lines[1].Replace("运行", "关停");
        File.WriteAllLines(path, lines);

        var report = await ImportAsync(db, path);

        Assert.Equal((0, 1, 4), (report.Added, report.Updated, report.Unchanged));
        await using var context = db.CreateContext();
        Assert.Equal(5, await context.Accounts.CountAsync());
        Assert.Equal(AccountStatus.Closed, (await context.Accounts.SingleAsync(a => a.AccountCode == "530621M008XL0001")).Status);
    }

    [Fact]
    public void region_and_handle_come_out_of_code_and_link()
    {
        var problems = new List<ImportProblem>();
        var row = Row("鲁甸县", "鲁甸发布", "新浪微博", "530621M008XL0001", "https://weibo.com/u/6012345678", "运行");

        var account = new RegisterRowParser(Regions).Parse(row, problems)!;

        Assert.Empty(problems);
        Assert.Equal(("530621", RegionLevel.County, Platform.Weibo, "6012345678", SourceKind.Web),
            (account.RegionCode, account.RegionLevel!.Value, account.Platform, account.Handle, account.SourceKind));
    }

    [Theory]
    [InlineData("530621M008KS0001", "平台代码 KS 未知")]
    [InlineData("ABC-123", "格式无法识别")]
    [InlineData("999999M008WX0001", "不在 GB/T 2260 代码表中")]
    public void an_odd_account_code_is_a_warning_not_an_error(string code, string expected)
    {
        var problems = new List<ImportProblem>();

        var account = new RegisterRowParser(Regions).Parse(Row("昭通市", "昭通发布", "微信公众号", code, "MzA1", "运行"), problems);

        Assert.NotNull(account);
        Assert.Equal(code, account.AccountCode);
        var warning = Assert.Single(problems);
        Assert.False(warning.IsError);
        Assert.Contains(expected, warning.Message);
    }

    [Theory]
    [InlineData("https://rsshub.example.gov.cn/weibo/user/6012345678", SourceKind.Feed)]
    [InlineData("https://m.weibo.cn/u/6012345678", SourceKind.Web)]
    [InlineData("6012345678", SourceKind.Web)]
    public void a_feed_link_makes_a_feed_account(string link, SourceKind expected)
    {
        Assert.Equal(expected, AccountHandle.Parse(link, Platform.Weibo).SourceKind);
    }

    [Fact]
    public void headers_match_leniently_and_a_title_row_is_skipped()
    {
        var path = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path,
        [
            "2026年第三季度政务新媒体台账,,,,,,,",
            " 序 号 ,地区（部门）,主办单位*,政务新媒体名称,新媒体类型,政务新媒体标识码,账号ID,运行状态,联系人",
            "1,昭通市,昭通市人民政府办公室,昭通发布,微信服务号,530600M008WX0001,MzA1,正常,张三",
        ]);

        var file = RegisterFileReader.Read(path);

        var row = Assert.Single(file.Rows);
        Assert.Equal(3, row.RowNumber);
        Assert.Equal("昭通发布", row.Get(RegisterColumn.Name));
        Assert.Equal("530600M008WX0001", row.Get(RegisterColumn.Code));
        File.Delete(path);
    }

    private static RegisterRow Row(string region, string name, string platform, string code, string link, string status) =>
        new(2, new Dictionary<RegisterColumn, string>
        {
            [RegisterColumn.Region] = region,
            [RegisterColumn.Owner] = region + "人民政府办公室",
            [RegisterColumn.Name] = name,
            [RegisterColumn.Platform] = platform,
            [RegisterColumn.Code] = code,
            [RegisterColumn.Handle] = link,
            [RegisterColumn.Status] = status,
        });
}
