using Microsoft.Extensions.DependencyInjection;
using Monitor.Sites.Status;
using Monitor.Sites.Sweep;
using Monitor.TestSupport;

namespace Monitor.Sites.Tests;

public class SiteSweepTests
{
    private const string Home = """
        <html><head><title>某县人民政府</title></head><body>
        <div class="nav"><ul>
          <li><a href="/">首页</a></li>
          <li><a href="/gzdt/index.html">工作动态</a></li>
          <li><a href="/bmdt/index.html">部门动态</a></li>
          <li><a href="/tzgg/index.html">通知公告</a></li>
          <li><a href="/zcwj/index.html">政策文件</a></li>
          <li><a href="/zcjd/index.html">政策解读</a></li>
          <li><a href="/ztzl/index.html">专题专栏</a></li>
          <li><a href="/gzjb/index.html">工作简报</a></li>
          <li><a href="/lyxd/index.html">留言选登</a></li>
        </ul></div>
        <div class="box"><div class="hd"><h3>工作动态</h3><a href="gzdt/index.html">更多>></a></div>
          <ul>
            <li><a href="gzdt/1.html">县委常委会研究部署春节前后重点工作</a><span>[01-08]</span></li>
            <li><a href="gzdt/9.html">全县冬季安全生产大检查工作全面启动</a><span>[12-30]</span></li>
          </ul>
        </div>
        <div class="foot"><a href="/nowhere.html">失效的内部链接</a> <a href="http://localhost:1/">失效的外部链接</a></div>
        </body></html>
        """;

    private static string List(string next, params string[] rows) =>
        "<html><body><div class=\"nav\"><a href=\"/\">首页</a></div><ul class=\"list\">"
        + string.Concat(rows.Select((r, i) => $"<li><a href=\"{i}.html\">{Title(i)}</a><span>{r}</span></li>"))
        + "</ul>" + (next.Length > 0 ? $"<div class=\"page\"><a href=\"{next}\">下一页</a></div>" : "") + "</body></html>";

    private static string Title(int i) => $"关于做好第{i + 1}项重点工作的有关情况说明";

    private static async Task<FakeGovSite> GivenCountySiteAsync()
    {
        var site = await FakeGovSite.StartAsync();
        site.Page("/", Home, new FakePage { Gbk = true, CharsetHeader = null })
            .Page("/gzdt/index.html", List("index_1.html", "2027-01-08", "2027-01-05", "2027-01-02"))
            .Page("/gzdt/0.html", "<html><body><div class=\"nav\">首页</div><div class=\"TRS_Editor\"><p>经审核，现将低保对象名单公示如下：张某某，身份证号 530623198503120037，家庭人口 3 人。</p></div></body></html>")
            .Page("/gzdt/index_1.html", List("index_2.html", "2026-12-30", "2026-12-20"))
            .Page("/gzdt/index_2.html", List("", "2026-12-10"))
            .Page("/bmdt/index.html", List("", "2026-12-01", "2026-11-15"))
            .Page("/tzgg/index.html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + List("", "2026-06-01", "2026-03-01")[6..], new FakePage { Gbk = true, CharsetHeader = null })
            .Page("/zcwj/index.html", List("", "2026年12月20日"))
            .Page("/zcjd/index.html", "<html><body><ul class=\"list\"></ul></body></html>")
            .Page("/ztzl/index.html", "<html><body><div class=\"content\">暂无信息</div></body></html>")
            .Page("/gzjb/index.html", "<html><body><ul class=\"list\"><li><a href=\"1.html\">2026年第十二期工作简报全文发布</a></li><li><a href=\"2.html\">2026年第十一期工作简报全文发布</a></li></ul></body></html>")
            .Page("/lyxd/index.html", """
                <html><body><table>
                <tr><th>标题</th><th>留言时间</th><th>回复时间</th></tr>
                <tr><td><a href="m1.html">关于村道硬化的咨询</a></td><td>2026-05-01</td><td>2026-09-15</td></tr>
                <tr><td><a href="m2.html">关于低保申请条件的咨询</a></td><td>2026-09-01</td><td></td></tr>
                <tr><td><a href="m3.html">关于学校招生政策的咨询</a></td><td>2026-12-20</td><td></td></tr>
                <tr><td><a href="m4.html">关于去年供暖问题的咨询</a></td><td>2025-11-01</td><td></td></tr>
                <tr><td><a href="m5.html">关于医保报销比例的咨询</a></td><td>2026-10-01</td><td>2026-10-08</td></tr>
                </table></body></html>
                """);
        return site;
    }

    [DbFact]
    public async Task judges_a_county_portal_at_the_cutoff_with_evidence(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var fake = await GivenCountySiteAsync();
        using var host = SitesHost.Build(db, new FakeTimeProvider(SitesHost.Now));
        await SitesHost.GivenSiteAsync(host, "某县人民政府", fake.BaseUrl, "5306230001");

        var report = Assert.Single(await host.Services.GetRequiredService<SweepSitesService>().RunAsync(SitesHost.Cutoff, CancellationToken.None));

        Assert.Equal("ok", report.Fetch);
        Assert.Equal("gb18030", report.Encoding);
        ColumnReport Column(string name) => Assert.Single(report.Columns, c => c.Name == name);
        Assert.Equal(("dynamic", "fresh", "2027-01-08", true), (Column("工作动态").Class, Column("工作动态").State, Column("工作动态").LatestItemDate, Column("工作动态").OnHomePage));
        Assert.Equal(("dynamic", "stale", "2026-12-01"), (Column("部门动态").Class, Column("部门动态").State, Column("部门动态").LatestItemDate));
        Assert.Equal(("notice", "stale", "2026-06-01"), (Column("通知公告").Class, Column("通知公告").State, Column("通知公告").LatestItemDate));
        Assert.Equal(("notice", "fresh"), (Column("政策文件").Class, Column("政策文件").State));
        Assert.Equal(["政策解读", "专题专栏"], report.BlankColumns);
        Assert.Equal(["工作简报"], report.UndatedColumns);
        Assert.Equal(["通知公告", "部门动态"], report.StaleColumns.Order());

        Assert.Equal("pass", report.Verdicts[SiteRuleIds.HomeStale]);
        Assert.Equal("warning", report.Verdicts[SiteRuleIds.ColumnStale]);
        Assert.Equal("warning", report.Verdicts[SiteRuleIds.BlankColumn]);
        Assert.Equal("fail", report.Verdicts[SiteRuleIds.InteractionOverdue]);
        Assert.Equal("unknown", report.Verdicts[SiteRuleIds.Unreachable]);
        Assert.Contains("少于规则要求的 140 次", report.Evidence[SiteRuleIds.Unreachable]);
    }

    [DbFact]
    public async Task new_column_articles_go_through_the_inspectors_labelled_with_their_column(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var fake = await GivenCountySiteAsync();
        using var host = SitesHost.Build(db, new FakeTimeProvider(SitesHost.Now));
        await SitesHost.GivenSiteAsync(host, "某县人民政府", fake.BaseUrl);

        var report = Assert.Single(await host.Services.GetRequiredService<SweepSitesService>().RunAsync(SitesHost.Cutoff, CancellationToken.None));

        var leak = Assert.Single(report.ArticleFindings, f => f.RuleId == "pii.id-card");
        Assert.Equal(("工作动态", Title(0), "2027-01-08"), (leak.Column, leak.Title, leak.PublishedOn));
        Assert.DoesNotContain("530623198503120037", leak.Excerpt);
        Assert.DoesNotContain("530623198503120037", System.Text.Json.JsonSerializer.Serialize(report, SitesJson.Options));
    }

    [DbFact]
    public async Task follows_list_paging_only_as_far_as_the_window_needs(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var fake = await GivenCountySiteAsync();
        using var host = SitesHost.Build(db, new FakeTimeProvider(SitesHost.Now));
        await SitesHost.GivenSiteAsync(host, "某县人民政府", fake.BaseUrl);

        var report = Assert.Single(await host.Services.GetRequiredService<SweepSitesService>().RunAsync(SitesHost.Cutoff, CancellationToken.None));

        var column = Assert.Single(report.Columns, c => c.Name == "工作动态");
        Assert.Equal((2, 5, 4), (column.Pages, column.Items, column.ItemsInWindow));
        Assert.Contains("/gzdt/index_1.html", fake.Requests);
        Assert.DoesNotContain("/gzdt/index_2.html", fake.Requests);
    }

    [DbFact]
    public async Task counts_messages_left_unanswered_over_three_months_within_the_year(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var fake = await GivenCountySiteAsync();
        using var host = SitesHost.Build(db, new FakeTimeProvider(SitesHost.Now));
        await SitesHost.GivenSiteAsync(host, "某县人民政府", fake.BaseUrl);

        var report = Assert.Single(await host.Services.GetRequiredService<SweepSitesService>().RunAsync(SitesHost.Cutoff, CancellationToken.None));

        Assert.NotNull(report.Interaction);
        Assert.Equal(4, report.Interaction.Messages);
        Assert.Equal(["关于村道硬化的咨询", "关于低保申请条件的咨询"], report.Interaction.Overdue.Select(m => m.Title));
        Assert.Equal("2026-09-15", report.Interaction.Overdue[0].AnsweredOn);
        Assert.Null(report.Interaction.Overdue[1].AnsweredOn);
    }

    [DbFact]
    public async Task reports_broken_home_page_links_with_their_anchor_text(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var fake = await GivenCountySiteAsync();
        using var host = SitesHost.Build(db, new FakeTimeProvider(SitesHost.Now));
        await SitesHost.GivenSiteAsync(host, "某县人民政府", fake.BaseUrl);

        var report = Assert.Single(await host.Services.GetRequiredService<SweepSitesService>().RunAsync(SitesHost.Cutoff, CancellationToken.None));

        var inner = Assert.Single(report.BrokenLinks, l => l.Text == "失效的内部链接");
        Assert.Equal((true, 404), (inner.Internal, inner.StatusCode));
        var outer = Assert.Single(report.BrokenLinks, l => l.Text == "失效的外部链接");
        Assert.False(outer.Internal);
        Assert.Null(outer.StatusCode);
        Assert.DoesNotContain(report.BrokenLinks, l => l.Text == "工作动态");
    }

    [DbFact]
    public async Task a_home_page_without_news_for_two_weeks_fails_and_five_stale_columns_veto(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var fake = await FakeGovSite.StartAsync();
        string[] names = ["工作动态", "部门动态", "乡镇动态", "通知公告", "政策文件"];
        fake.Page("/", "<html><body><div class=\"nav\">" + string.Concat(names.Select((n, i) => $"<a href=\"/c{i}/\">{n}</a>")) + "</div>"
            + "<div class=\"box\"><h3>要闻</h3><a href=\"/c0/\">更多</a><ul><li><a href=\"/c0/1.html\">县政府召开常务会议研究部署有关工作</a><span>[12-01]</span></li></ul></div></body></html>");
        for (var i = 0; i < names.Length; i++)
        {
            fake.Page($"/c{i}/", List("", "2026-05-01"));
        }
        using var host = SitesHost.Build(db, new FakeTimeProvider(SitesHost.Now));
        await SitesHost.GivenSiteAsync(host, "某镇人民政府", fake.BaseUrl);

        var report = Assert.Single(await host.Services.GetRequiredService<SweepSitesService>().RunAsync(SitesHost.Cutoff, CancellationToken.None));

        Assert.Equal("fail", report.Verdicts[SiteRuleIds.HomeStale]);
        Assert.Contains("2026-12-01", report.Evidence[SiteRuleIds.HomeStale]);
        Assert.Equal("fail", report.Verdicts[SiteRuleIds.ColumnStale]);
        Assert.Equal(5, report.StaleColumns.Count);
    }

    [DbFact]
    public async Task follows_a_redirect_to_a_new_domain_and_reads_frames_and_big_pages(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var migrated = await FakeGovSite.StartAsync();
        await using var old = await FakeGovSite.StartAsync();
        old.Page("/", "", new FakePage { RedirectTo = migrated.BaseUrl.ToString() });
        var padding = new string('政', 700_000); // about 2 MB in UTF-8
        migrated.Page("/", "<html><frameset><frame src=\"main.html\"></frameset></html>")
            .Page("/main.html", $"<html><body><div class=\"box\"><h3>政务要闻</h3><a href=\"yw/\">更多</a><ul><li><a href=\"yw/1.html\">市政府召开全体会议部署年度重点任务</a><span>2027-01-06</span></li></ul></div><div hidden>{padding}</div><a href=\"tail.html\">页尾链接</a></body></html>")
            .Page("/yw/", List("", "2027-01-06"));
        using var host = SitesHost.Build(db, new FakeTimeProvider(SitesHost.Now));
        await SitesHost.GivenSiteAsync(host, "某市人民政府", old.BaseUrl);

        var report = Assert.Single(await host.Services.GetRequiredService<SweepSitesService>().RunAsync(SitesHost.Cutoff, CancellationToken.None));

        Assert.Equal(migrated.BaseUrl.ToString(), report.FinalUrl);
        var column = Assert.Single(report.Columns);
        Assert.Equal(("政务要闻", "fresh", migrated.Url("yw/").ToString()), (column.Name, column.State, column.Url));
        Assert.Contains(report.BrokenLinks, l => l.Text == "页尾链接");
        Assert.Equal("pass", report.Verdicts[SiteRuleIds.HomeStale]);
    }

    [DbFact]
    public async Task an_unreachable_home_page_leaves_the_content_rules_unknown(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        using var host = SitesHost.Build(db, new FakeTimeProvider(SitesHost.Now));
        await SitesHost.GivenSiteAsync(host, "已关停的网站", new Uri("http://127.0.0.1:1/"));

        var report = Assert.Single(await host.Services.GetRequiredService<SweepSitesService>().RunAsync(SitesHost.Cutoff, CancellationToken.None));

        Assert.Equal("failed", report.Fetch);
        Assert.Equal("连接被拒绝", report.FetchError);
        Assert.All(SiteRuleIds.All, r => Assert.Equal("unknown", report.Verdicts[r]));
    }

    [DbFact]
    public async Task a_block_titled_by_a_link_is_a_home_page_column_and_its_stale_news_fails_the_home_page(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var fake = await FakeGovSite.StartAsync();
        fake.Page("/", """
            <html><body>
            <div class="wrap"><div class="col"><h3><a href="/xwzx/">新闻中心</a></h3>
              <ul><li><a href="/xwzx/1.html">我县召开冬季森林防火工作推进会议</a> 2026-12-01</li></ul></div>
            <div class="col"><div class="title"><a href="/tzgg/">通知公告</a></div>
              <ul><li><a href="/tzgg/1.html">关于调整部分公交线路运行时间的公告</a> 2027-01-05</li></ul></div></div>
            </body></html>
            """)
            .Page("/xwzx/", List("", "2026-12-01"))
            .Page("/tzgg/", List("", "2027-01-05"));
        using var host = SitesHost.Build(db, new FakeTimeProvider(SitesHost.Now));
        await SitesHost.GivenSiteAsync(host, "某县人民政府", fake.BaseUrl);

        var report = Assert.Single(await host.Services.GetRequiredService<SweepSitesService>().RunAsync(SitesHost.Cutoff, CancellationToken.None));

        Assert.Equal(["新闻中心", "通知公告"], report.Columns.Select(c => c.Name));
        Assert.All(report.Columns, c => Assert.True(c.OnHomePage));
        Assert.Equal("fail", report.Verdicts[SiteRuleIds.HomeStale]);
        Assert.Equal(["新闻中心"], report.StaleColumns);
    }
}
