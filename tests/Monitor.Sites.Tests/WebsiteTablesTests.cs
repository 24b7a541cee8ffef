using Monitor.Sites.Export;
using Monitor.Sites.Status;

namespace Monitor.Sites.Tests;

public class WebsiteTablesTests
{
    private static SiteReport Site(string name, string region, params (string Rule, string Verdict)[] verdicts)
    {
        var r = new SiteReport { Name = name, Region = region, HomeUrl = "http://x.gov.cn/" };
        foreach (var (rule, verdict) in verdicts)
        {
            r.Verdicts[rule] = verdict;
            r.Evidence[rule] = $"{rule} 的依据";
        }
        return r;
    }

    [Fact]
    public void sums_running_sites_problems_and_pass_rate_per_region_and_lists_the_problems()
    {
        var reports = new[]
        {
            Site("甲县政府", "甲县", (SiteRuleIds.Unreachable, "fail"), (SiteRuleIds.ColumnStale, "fail")),
            Site("甲县教育局", "甲县", (SiteRuleIds.Unreachable, "pass"), (SiteRuleIds.BlankColumn, "warning")),
            Site("乙县政府", "乙县", (SiteRuleIds.Unreachable, "unknown")),
        };

        var summary = WebsiteTables.Summary(reports);
        var list = WebsiteTables.NonCompliant(reports);

        Assert.Equal(["1", "甲县", "2", "1", "50.0%"], summary.Rows[0]);
        Assert.Equal(["2", "乙县", "1", "0", "100.0%"], summary.Rows[1]);
        Assert.Equal(["", "合计", "3", "1", "66.7%"], summary.Rows[2]);
        Assert.Contains("1 个网站存在无法判定", summary.Note);
        var row = Assert.Single(list.Rows);
        Assert.Equal("甲县政府", row[3]);
        Assert.Equal("站点无法访问：site.unreachable 的依据；栏目不更新：site.column-stale 的依据", row[6]);
    }
}
