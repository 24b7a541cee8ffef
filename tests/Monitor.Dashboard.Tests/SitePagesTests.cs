using System.Text.Json;
using Monitor.Shared.Domain;
using Monitor.Sites.Status;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

public class SitePagesTests
{
    [Fact]
    public async Task the_website_pages_show_verdicts_columns_and_broken_links_of_the_latest_sweep()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var site = new GovSite { Name = "某县人民政府", HomeUrl = "http://www.example.gov.cn/", SiteCode = "5306230001", RegionName = "某县", Owner = "某县政府办" };
        context.Sites.Add(site);
        await context.SaveChangesAsync();
        var report = new SiteReport
        {
            Id = site.Id,
            Name = site.Name,
            HomeUrl = site.HomeUrl,
            Columns = [new ColumnReport { Name = "通知公告", Url = "http://www.example.gov.cn/tzgg/", Class = "notice", ClassLabel = "通知公告/政策文件类", State = "stale", LatestItemDate = "2026-06-01" }],
            BrokenLinks = [new BrokenLink("http://www.example.gov.cn/x.html", "失效的<b>链接</b>", true, 404, "HTTP 404")],
            Verdicts = { [SiteRuleIds.Unreachable] = "fail", [SiteRuleIds.ColumnStale] = "warning" },
            Evidence = { [SiteRuleIds.Unreachable] = "共探测 168 次，打不开 14 次" },
        };
        context.SiteChecks.Add(new SiteCheck { SiteId = site.Id, CutoffUtc = DateTime.UtcNow, EvaluatedAt = DateTime.UtcNow, Failed = 1, ReportJson = JsonSerializer.Serialize(report, SitesJson.Options) });
        await context.SaveChangesAsync();

        var list = await client.GetStringAsync("/Sites");
        var page = await client.GetStringAsync($"/Site/{site.Id}");

        Assert.Contains("某县人民政府", list);
        Assert.Contains("<td class=\"verdict-fail\">不合格</td>", list);
        Assert.Contains("共探测 168 次，打不开 14 次", page);
        Assert.Contains("未按期更新", page);
        Assert.Contains("2026-06-01", page);
        Assert.Contains("失效的&lt;b&gt;链接&lt;/b&gt;", page);
    }
}
