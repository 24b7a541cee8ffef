using Microsoft.EntityFrameworkCore;
using Monitor.Shared;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests.Reviewer;

public class OverviewAndLabelsTests
{
    private static readonly DateTime Cutoff = new(2026, 11, 15, 16, 0, 0, DateTimeKind.Utc);

    private static void Verdict(Monitor.Shared.Data.MonitorDbContext context, GovAccount a, string rule, Verdict verdict, string evidence = "") =>
        context.CheckResults.Add(new CheckResult { AccountId = a.Id, RuleId = rule, CutoffUtc = Cutoff, Verdict = verdict, Evidence = evidence, EvaluatedAt = Cutoff });

    [Fact]
    public async Task the_region_chart_counts_counties_under_their_city_and_the_nearing_list_holds_only_accounts_not_yet_past()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var city = Some.Account(Platform.WeChat, "昭通发布", "530600M008WX0001");
        (city.RegionCode, city.RegionName) = ("530600", "昭通市");
        var county = Some.Account(Platform.Weibo, "鲁甸发布", "530621M008XL0001");
        (county.RegionCode, county.RegionName) = ("530621", "鲁甸县");
        var nearing = Some.Account(Platform.Douyin, "巧家发布", "530622M008DY0001");
        (nearing.RegionCode, nearing.RegionName) = ("530622", "巧家县");
        context.Accounts.AddRange(city, county, nearing);
        await context.SaveChangesAsync();
        Verdict(context, city, "update.two-week", Shared.Domain.Verdict.Pass);
        Verdict(context, county, "update.two-week", Shared.Domain.Verdict.Fail);
        Verdict(context, county, "update.early-warning", Shared.Domain.Verdict.Warning, "已20天未更新");
        Verdict(context, nearing, "update.two-week", Shared.Domain.Verdict.Pass);
        Verdict(context, nearing, "update.early-warning", Shared.Domain.Verdict.Warning, "已12天未更新");
        await context.SaveChangesAsync();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<a href=\"/Accounts?Region=5306&amp;StaleOnly=true\"><text", html);
        Assert.Contains(">2/3（66.7%）</text>", html);
        Assert.DoesNotContain(">鲁甸县</text>", html);
        Assert.Contains("即将超过两周未更新（1）", html);
        Assert.Contains("已12天未更新", html);
        Assert.DoesNotContain("已20天未更新", html);
    }

    [Fact]
    public async Task codes_are_shown_in_chinese_and_review_times_in_beijing_time()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var finding = await context.Findings.OrderBy(f => f.Id).FirstAsync(f => f.ReviewStatus == ReviewStatus.Pending);
        await MonitorWebFactory.PostFormAsync(client, "/Queue", new() { ["single"] = $"{finding.Id}:Confirmed" });
        var reviewed = await context.Findings.AsNoTracking().SingleAsync(f => f.Id == finding.Id);

        var queue = await client.GetStringAsync($"/Queue?Filter.Status=Confirmed&Filter.Account={finding.AccountId}");
        var audit = await client.GetStringAsync("/Audit");
        var sweeps = await client.GetStringAsync("/Sweeps");
        var account = await client.GetStringAsync($"/Account/{finding.AccountId}");

        Assert.Contains(ChinaTime.ToChina(reviewed.ReviewedAt!.Value).ToString("yyyy-MM-dd HH:mm") + "）", queue);
        Assert.DoesNotContain(" UTC）", queue);
        Assert.DoesNotContain($"<code>{finding.RuleId}</code>", queue);
        Assert.Contains(">确认问题</td>", audit);
        Assert.Contains(">登录</td>", audit);
        Assert.Contains("<td>演示数据</td>", sweeps);
        Assert.DoesNotContain("<code>update.two-week</code>", account);
        Assert.Contains("两周内更新", account);
        Assert.DoesNotContain("覆盖：Full", account);
    }

    [Fact]
    public async Task the_queue_counts_searches_and_sorts_and_the_accounts_list_sorts_and_pages()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var pending = await context.Findings.CountAsync(f => f.ReviewStatus == ReviewStatus.Pending);
        var oldest = await context.Findings.Where(f => f.ReviewStatus == ReviewStatus.Pending).MinAsync(f => f.Id);
        var post = await context.Posts.FirstAsync(p => context.Findings.Any(f => f.PostId == p.Id && f.ReviewStatus == ReviewStatus.Pending));
        var word = post.Text.Substring(0, Math.Min(8, post.Text.Length));
        var matching = await context.Findings.CountAsync(f => f.ReviewStatus == ReviewStatus.Pending
            && context.Posts.Any(p => p.Id == f.PostId && (p.Text.Contains(word) || (p.Title != null && p.Title.Contains(word)))));

        var all = await client.GetStringAsync("/Queue");
        var searched = await client.GetStringAsync($"/Queue?Filter.Text={Uri.EscapeDataString(word)}");
        var byOldest = await client.GetStringAsync("/Queue?Filter.Oldest=true");
        var accounts = await client.GetStringAsync("/Accounts?Sort=last&p=2");

        Assert.Contains($"共 <strong>{pending}</strong> 条", all);
        Assert.Contains($"共 <strong>{matching}</strong> 条", searched);
        Assert.Contains($"data-id=\"{oldest}\"", byOldest[..byOldest.IndexOf("</article>", StringComparison.Ordinal)]);
        Assert.Contains("第 2/2 页", accounts);
        Assert.Contains("<td>51</td>", accounts);
        Assert.Contains("上一页", accounts);
    }
}
