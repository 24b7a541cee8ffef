using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Shared.Data;
using Monitor.Sites.Probes;
using Monitor.Sites.Status;
using Monitor.Sites.Sweep;
using Monitor.TestSupport;

namespace Monitor.Sites.Tests;

public class ProbeTests
{
    private static readonly DateTimeOffset WeekStart = new DateTimeOffset(SitesHost.Cutoff, TimeSpan.Zero).AddDays(-7);

    [DbFact]
    public async Task a_home_page_that_times_out_on_a_schedule_fails_at_five_percent_over_a_simulated_week(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var clock = new FakeTimeProvider(WeekStart);
        await using var flaky = await FakeGovSite.StartAsync();
        await using var steady = await FakeGovSite.StartAsync();
        // Two slow hours a day = 14 of 168 probes (8.3 %); one slow hour a day = 7 of 168 (4.2 %).
        flaky.Page("/", "<html><body>首页</body></html>", new FakePage { Delay = () => clock.GetUtcNow().Hour % 12 == 0 ? TimeSpan.FromSeconds(3) : TimeSpan.Zero });
        steady.Page("/", "<html><body>首页</body></html>", new FakePage { Delay = () => clock.GetUtcNow().Hour == 3 ? TimeSpan.FromSeconds(3) : TimeSpan.Zero });
        using var host = SitesHost.Build(db, clock, new Dictionary<string, string?> { ["Monitor:Sites:ProbeTimeoutSeconds"] = "1" });
        var a = await SitesHost.GivenSiteAsync(host, "时断时续的网站", flaky.BaseUrl);
        var b = await SitesHost.GivenSiteAsync(host, "基本稳定的网站", steady.BaseUrl);
        var probes = host.Services.GetRequiredService<ProbeSitesService>();
        // Warm the client and the servers up (not recorded), so a cold start on a busy machine is not a timeout.
        var prober = host.Services.GetRequiredService<SiteProber>();
        await prober.ProbeAsync(a.Id, flaky.BaseUrl, CancellationToken.None);
        await prober.ProbeAsync(b.Id, steady.BaseUrl, CancellationToken.None);

        for (var hour = 0; hour < 7 * 24; hour++)
        {
            clock.SetUtcNow(WeekStart.AddHours(hour).AddMinutes(30));
            Assert.Equal(2, await probes.ProbeDueSitesAsync(CancellationToken.None));
        }
        clock.SetUtcNow(SitesHost.Now);
        var reports = await host.Services.GetRequiredService<SweepSitesService>().RunAsync(SitesHost.Cutoff, CancellationToken.None);

        var flakyReport = Assert.Single(reports, r => r.Id == a.Id);
        Assert.Equal((168, 14), (flakyReport.Probes.Total, flakyReport.Probes.Failed));
        Assert.Equal("fail", flakyReport.Verdicts[SiteRuleIds.Unreachable]);
        Assert.Contains("超时", flakyReport.Probes.RecentFailures[0].Error);
        var steadyReport = Assert.Single(reports, r => r.Id == b.Id);
        Assert.Equal((168, 7), (steadyReport.Probes.Total, steadyReport.Probes.Failed));
        Assert.Equal("pass", steadyReport.Verdicts[SiteRuleIds.Unreachable]);
    }

    [DbFact]
    public async Task probes_spread_over_the_day_and_a_second_call_in_the_same_slot_probes_nothing(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var clock = new FakeTimeProvider(WeekStart);
        await using var site = await FakeGovSite.StartAsync();
        site.Page("/", "<html><body>首页</body></html>", new FakePage { Status = 503 });
        using var host = SitesHost.Build(db, clock, new Dictionary<string, string?> { ["Monitor:Sites:ProbeTimeoutSeconds"] = "15" });
        await SitesHost.GivenSiteAsync(host, "某县人民政府", site.BaseUrl);
        var probes = host.Services.GetRequiredService<ProbeSitesService>();

        Assert.Equal(1, await probes.ProbeDueSitesAsync(CancellationToken.None));
        Assert.Equal(0, await probes.ProbeDueSitesAsync(CancellationToken.None));

        await using var scope = host.Services.CreateAsyncScope();
        var probe = await scope.ServiceProvider.GetRequiredService<MonitorDbContext>().SiteProbes.SingleAsync();
        Assert.Equal((false, 503, "HTTP 503"), (probe.Ok, probe.StatusCode, probe.Error));
    }

    [Fact]
    public void fewer_probes_than_the_rule_needs_is_unknown_and_says_how_many()
    {
        var probes = Enumerable.Range(0, 30).Select(i => new Monitor.Shared.Domain.SiteProbe { ProbedAt = SitesHost.Cutoff.AddHours(-i - 1), Ok = i > 5 }).ToList();

        var (summary, verdict, evidence) = ProbeWindow.Judge(probes, SitesHost.Cutoff, new SitesOptions());

        Assert.Equal(Monitor.Shared.Domain.Verdict.Unknown, verdict);
        Assert.Equal((30, 6, 140), (summary.Total, summary.Failed, summary.Required));
        Assert.Contains("仅有 30 次探测", evidence);
    }
}
