using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Compliance;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Export;

public class ComplianceQueryTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 10, 0, 0, TimeSpan.FromHours(8));

    private static async Task<ComplianceReport> ReportAsync(TestDb db, string period, string? scope = null, DateTime? cutoff = null)
    {
        using var host = ExportHost.Build(db, Now);
        return await host.Services.GetRequiredService<ComplianceQuery>().RunAsync(ReportPeriod.Parse(period), cutoff, ComplianceScope.Parse(scope), default);
    }

    [DbFact]
    public async Task the_quarter_report_lists_failed_verdicts_and_confirmed_veto_findings_only(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);

        var report = await ReportAsync(db, "2026Q4");

        Assert.Equal(ComplianceFixture.Q4Cutoff, report.CutoffUtc);
        Assert.Equal(ComplianceFixture.Q3Cutoff, report.PreviousCutoffUtc);
        Assert.Equal(
            ["1 曲靖市 麒麟发布 微信公众号 原创不足 2026-10-20", "2 昭通市 昭通发布 微信公众号 内容不更新 2026-10-20", "3 昭通市 鲁甸发布 微博 个人信息泄露 2026-10-20"],
            report.NonCompliant.Select(r => $"{r.Number} {r.Region} {r.Name} {r.Platform} {r.Problems} {r.LastUpdate}"));
        Assert.Equal(["鲁甸融媒"], report.Pending.Select(r => r.Name));
        // 曲靖头条's confirmed finding sits on a 2026Q3 post: 不合格 last quarter, rectified in this one.
        Assert.Equal(["麒麟发布"], report.RepeatOffenders.Select(r => r.Name));
        Assert.Equal(["麒麟发布 未整改（本期仍不合格：原创不足）", "曲靖发布 已整改（本期检查合格）",
            "曲靖头条 已整改（本期检查合格）", "云南发布 检出项已整改（2026-11-01）"],
            report.Rectifications.Select(r => $"{r.Name} {r.CurrentStatus}"));
    }

    [DbFact]
    public async Task every_summary_number_matches_an_independent_count(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);
        var period = ReportPeriod.Parse("2026Q4");

        var report = await ReportAsync(db, "2026Q4");

        await using var context = db.CreateContext();
        var expected = await IndependentCount.LoadAsync(context, ComplianceFixture.Q4Cutoff, period.StartUtc, period.EndUtc);
        Assert.Equal(expected.Failed.Count, report.NonCompliant.Count);
        Assert.Equal(expected.Pending.Count, report.Pending.Count);
        Assert.Equal(["省直部门", "曲靖市", "昭通市", "总计"], report.Regions.Select(r => r.Name));
        AssertRow(expected, a => a.RegionCode!.EndsWith("0000"), report.Regions[0]);
        AssertRow(expected, a => a.RegionCode!.StartsWith("5303"), report.Regions[1]);
        AssertRow(expected, a => a.RegionCode!.StartsWith("5306"), report.Regions[2]);
        AssertRow(expected, _ => true, report.Regions[3]);
        Assert.Equal(["微信", "微博", "抖音", "头条", "总计"], report.Platforms.Select(r => r.Name));
        foreach (var row in report.Platforms.Where(r => !r.IsTotal))
        {
            AssertRow(expected, a => Shared.Domain.PlatformNames.Short(a.Platform) == row.Name, row);
        }
        Assert.Equal("50.0%", report.Total.Rate);
    }

    [DbFact]
    public async Task a_city_report_has_the_city_departments_and_each_county(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);
        var period = ReportPeriod.Parse("2026-10-01..2026-12-31");

        var report = await ReportAsync(db, period.Code, "530600");

        await using var context = db.CreateContext();
        var expected = await IndependentCount.LoadAsync(context, ComplianceFixture.Q4Cutoff, period.StartUtc, period.EndUtc, "5306");
        Assert.Equal("昭通市", report.ScopeName);
        Assert.Equal(["市直部门", "鲁甸县", "总计"], report.Regions.Select(r => r.Name));
        AssertRow(expected, a => a.RegionCode == "530600", report.Regions[0]);
        AssertRow(expected, a => a.RegionCode == "530621", report.Regions[1]);
        AssertRow(expected, _ => true, report.Regions[2]);
        // The custom window's previous window is the 92 days before it; its failures lie outside the city.
        Assert.Equal(ComplianceFixture.Q3Cutoff, report.PreviousCutoffUtc);
        Assert.Empty(report.RepeatOffenders);
        Assert.Empty(report.Rectifications);
    }

    [DbFact]
    public async Task a_period_without_a_sweep_is_refused_with_a_chinese_message(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await ComplianceFixture.SeedAsync(db);

        var e = await Assert.ThrowsAsync<ComplianceException>(() => ReportAsync(db, "2026Q2"));

        Assert.Contains("2026年二季度（2026Q2）内没有扫描结果", e.Message);
    }

    private static void AssertRow(IndependentCount expected, Func<Shared.Domain.GovAccount, bool> group, SummaryRow row)
    {
        var (running, checkedCount, failed) = expected.In(group);
        Assert.Equal((running, checkedCount, failed, IndependentCount.Rate(checkedCount, failed)), (row.Running, row.Checked, row.Failed, row.Rate));
    }
}
