using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Compliance;
using Monitor.Export;
using Monitor.Ingest.Demo;
using Monitor.Ingest.Sweep;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Export;

/// <summary>
/// The demo register swept at two fixed cut-offs and exported, compared with an independent count and, as a shape,
/// with 附件1 and 附件3 of seed 000 (云政办函〔2020〕36号).
/// </summary>
public class DemoExportTests
{
    // The demo's anchor day, so the seeder shifts no dates.
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTime Q4Cutoff = new(2026, 11, 21, 16, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Q3Cutoff = new(2026, 9, 29, 16, 0, 0, DateTimeKind.Utc);
    private static readonly Regex SeedRate = new(@"^(100|0|\d{1,2}\.\d)%$");

    private static async Task<List<List<string>>> ExportDemoAsync(TestDb db, string kind)
    {
        using var host = ExportHost.Build(db, Now);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(default));
        }
        var sweep = host.Services.GetRequiredService<SweepService>();
        await sweep.RunAsync(Q3Cutoff, "test", default);
        await sweep.RunAsync(Q4Cutoff, "test", default);
        await using (var context = db.CreateContext())
        {
            // A reviewer confirms every flagged personal-data leak and misstatement.
            await context.Findings.Where(f => f.Kind == FindingKind.PersonalDataLeak || f.Kind == FindingKind.SevereMisstatement)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.ReviewStatus, ReviewStatus.Confirmed));
        }
        using var stream = new MemoryStream();
        await host.Services.GetRequiredService<ExportService>().WriteAsync(
            ExportRequest.Parse(kind, "csv", "2026Q4", null, "53", null), stream, default);
        return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n").Select(l => l.Split(',').ToList()).ToList();
    }

    private static List<string[]> Seed(string from, string until)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Export", "seed000-attachments.txt"));
        var start = Array.FindIndex(lines, l => l.Trim() == from);
        var end = Array.FindIndex(lines, start, l => l.StartsWith(until, StringComparison.Ordinal));
        return lines[(start + 1)..end].Select(l => l.Trim().Split(' ')).ToList();
    }

    [DbFact]
    public async Task the_demo_summary_has_the_shape_and_numbers_of_seed_000_attachment_1(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var csv = await ExportDemoAsync(db, "summary");
        var regions = csv.Skip(1).TakeWhile(r => r.Count > 1).ToList();

        var seed = Seed("附件 1", "注：");
        var seedRows = seed.Where(r => r.Length == 4 && SeedRate.IsMatch(r[3])).ToList();
        Assert.Equal(seed.Single(r => r.Length == 4 && r[0] == "州、市/省直部门")[0], regions[0][0]);
        Assert.Equal([seed[^1][0], "合格率"], [regions[^1][0], regions[0][^1]]);
        Assert.Equal(seedRows[^1][0], regions[^1][0]);
        // The seed's own rates come out of the same formatting from its own counts (55 checked, 1 failed: 98.2%).
        Assert.All(seedRows, r => Assert.Equal(r[3], PassRate.Format(int.Parse(r[1]), int.Parse(r[2]))));
        Assert.All(regions.Skip(1), r => Assert.Matches(SeedRate, r[4]));

        await using var context = db.CreateContext();
        var period = ReportPeriod.Parse("2026Q4");
        var expected = await IndependentCount.LoadAsync(context, Q4Cutoff, period.StartUtc, period.EndUtc, "53");
        var prefectures = expected.Active.Select(a => a.RegionCode![..4]).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(prefectures.Count + 2, regions.Count);
        for (var i = 0; i < prefectures.Count; i++)
        {
            var (running, checkedCount, failed) = expected.In(a => a.RegionCode!.StartsWith(prefectures[i], StringComparison.Ordinal));
            Assert.Equal([running.ToString(), checkedCount.ToString(), failed.ToString(), IndependentCount.Rate(checkedCount, failed)], regions[i + 1][1..]);
        }
        var total = expected.In(_ => true);
        Assert.Equal(["总计", total.Running.ToString(), total.Checked.ToString(), total.Failed.ToString(), IndependentCount.Rate(total.Checked, total.Failed)], regions[^1]);
        // 63 demo accounts, one of them 关停.
        Assert.Equal(62, total.Running);
        Assert.True(total.Failed > 0, "the demo has accounts that fail");
    }

    [DbFact]
    public async Task the_demo_list_has_the_columns_and_wording_of_seed_000_attachment_3(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var csv = await ExportDemoAsync(db, "noncompliant");
        var header = csv[0];
        var rows = csv.Skip(1).Where(r => r.Count > 1).ToList();

        var seed = Seed("政务新媒体名单", "注：");
        var seedHeader = seed[0];
        // 序号 … 政务新媒体名称 … 存在问题 in the seed's order; the seed's 州、市/省直部门 is our 地区/部门.
        Assert.Equal(["序号", "地区/部门", "政务新媒体名称", "存在问题"], header.Where(h => h is "序号" or "地区/部门" or "政务新媒体名称" or "存在问题"));
        Assert.Equal(["序号", "州、市/省直部门", "政务新媒体名称", "存在问题"], seedHeader);
        var seedPlatform = seed[1][0];
        var seedProblem = seed[2][^1];
        Assert.Contains(rows, r => r[5] == seedPlatform && r[6].Split('、').Contains(seedProblem));
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(n => n.ToString()), rows.Select(r => r[0]));

        await using var context = db.CreateContext();
        var period = ReportPeriod.Parse("2026Q4");
        var expected = await IndependentCount.LoadAsync(context, Q4Cutoff, period.StartUtc, period.EndUtc, "53");
        var codes = expected.Active.Where(a => expected.Failed.Contains(a.Id)).Select(a => a.AccountCode).Order().ToList();
        Assert.Equal(codes, rows.Select(r => r[4]).Order());
        var notUpdated = (await context.CheckResults.Where(c => c.CutoffUtc == Q4Cutoff && c.RuleId == "update.two-week" && c.Verdict == Verdict.Fail)
            .Select(c => c.Account!.AccountCode).ToListAsync()).Order().ToList();
        Assert.Equal(notUpdated, rows.Where(r => r[6].Contains("内容不更新")).Select(r => r[4]).Order());
    }
}
