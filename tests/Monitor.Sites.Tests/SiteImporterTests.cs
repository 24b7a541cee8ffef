using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Sites.Register;
using Monitor.TestSupport;

namespace Monitor.Sites.Tests;

public class SiteImporterTests
{
    private static string GivenCsv(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sites-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    [DbFact]
    public async Task imports_good_rows_reports_bad_rows_by_number_and_updates_in_place_on_reimport(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        using var host = SitesHost.Build(db, new FakeTimeProvider(SitesHost.Now));
        var first = GivenCsv("""
            政府网站信息报送系统导出
            序号,地区/部门,主办单位,网站名称,网站标识码,首页网址,状态
            1,昭通市,昭通市人民政府办公室,昭通市人民政府,5306000001,www.zt.gov.cn,运行
            2,盐津县,盐津县人民政府办公室,盐津县人民政府,5306230001,http://www.yanjin.gov.cn/,正常
            3,鲁甸县,鲁甸县人民政府办公室,鲁甸县人民政府,ABC,http://www.ludian.gov.cn/,运行
            4,巧家县,巧家县人民政府办公室,巧家县人民政府,5306220001,,运行
            5,绥江县,绥江县人民政府办公室,绥江县人民政府,5306260001,http://www.sj.gov.cn/,不知道
            """);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<SiteImporter>().ImportFileAsync(first, CancellationToken.None);
            Assert.Equal(3, report.Added);
            Assert.Equal([6, 7], report.Errors.Select(e => e.RowNumber));
            Assert.Equal([5], report.Warnings.Select(w => w.RowNumber));
        }

        var second = GivenCsv("""
            网站名称,网站标识码,首页地址,状态
            昭通市人民政府门户网站,5306000001,https://www.zt.gov.cn/,运行
            盐津县人民政府,5306230001,http://www.yanjin.gov.cn/,关停
            """);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<SiteImporter>().ImportFileAsync(second, CancellationToken.None);
            Assert.Equal((0, 2), (report.Added, report.Updated));
            var sites = await scope.ServiceProvider.GetRequiredService<MonitorDbContext>().Sites.OrderBy(s => s.Id).ToListAsync();
            Assert.Equal(3, sites.Count);
            Assert.Equal(("昭通市人民政府门户网站", "https://www.zt.gov.cn/"), (sites[0].Name, sites[0].HomeUrl));
            Assert.Equal(AccountStatus.Closed, sites[1].Status);
            Assert.Equal("530623", sites[1].RegionCode);
        }
    }

    [Theory]
    [InlineData("4300000077", "430000", false)]
    [InlineData("bm55000001", null, true)]
    [InlineData("43000000", null, false)]
    public void parses_website_codes_leniently(string raw, string? region, bool department)
    {
        var code = SiteCode.Parse(raw);
        Assert.Equal((region, department), (code.RegionCode, code.IsDepartment));
    }
}
