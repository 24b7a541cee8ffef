using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Accounts;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

public class RuleThresholdsPageTests
{
    private const string Url = "/Rules?handler=Thresholds";

    [DbFact]
    public async Task an_administrator_changes_a_threshold_which_applies_at_once_and_is_audited(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var admin = await factory.LoggedInClientAsync();

        var response = await MonitorWebFactory.PostFormAsync(admin, Url,
            new() { ["scope"] = "", ["UpdateDays"] = "21", ["EarlyWarningDays"] = "10", ["ZombieDays"] = "90" }, "/Rules");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(21, factory.Services.GetRequiredService<RuleSettings>().Current.For(null).UpdateDays);
        await using var context = db.CreateContext();
        var row = await context.RuleThresholdOverrides.SingleAsync();
        Assert.Equal(("", "UpdateDays", 21, "admin"), (row.Scope, row.Name, row.Value, row.UpdatedBy));
        var audit = await context.AuditEntries.SingleAsync(a => a.Action == "rules.update");
        Assert.Equal(("admin", "默认", "两周更新（天）=14", "两周更新（天）=21"), (audit.Actor, audit.Target, audit.Before, audit.After));
        var rules = await admin.GetStringAsync("/Rules");
        Assert.Contains("<td>21</td>", rules);
        var log = await admin.GetStringAsync("/Audit");
        Assert.Contains("rules.update", log);
        Assert.Contains("两周更新（天）=21", log);
    }

    [DbFact]
    public async Task a_region_override_is_added_and_emptying_it_falls_back_to_the_default(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var admin = await factory.LoggedInClientAsync();
        var settings = factory.Services.GetRequiredService<RuleSettings>();

        await MonitorWebFactory.PostFormAsync(admin, Url, new() { ["scope"] = "5306", ["UpdateDays"] = "7", ["EarlyWarningDays"] = "5", ["OriginalIsVeto"] = "1" }, "/Rules");
        var during = settings.Current.For("530602");
        await MonitorWebFactory.PostFormAsync(admin, Url, new() { ["scope"] = "5306", ["UpdateDays"] = "", ["EarlyWarningDays"] = "", ["OriginalIsVeto"] = "" }, "/Rules");

        Assert.Equal((7, 5, true), (during.UpdateDays, during.EarlyWarningDays, during.OriginalIsVeto));
        Assert.Equal((14, 10, false), (settings.Current.For("530602").UpdateDays, settings.Current.For("530602").EarlyWarningDays, settings.Current.For("530602").OriginalIsVeto));
        await using var context = db.CreateContext();
        Assert.Empty(context.RuleThresholdOverrides);
        Assert.Equal(2, await context.AuditEntries.CountAsync(a => a.Action == "rules.update" && a.Target == "5306"));
    }

    [Theory]
    [InlineData("零天不是天数", "", "UpdateDays", "0", "“两周更新（天）”须为 1 至 365 之间的整数。")]
    [InlineData("负数", "", "ZombieDays", "-5", "“僵尸账号（天）”须为 1 至 3650 之间的整数。")]
    [InlineData("不是数字", "", "OriginalDays", "十四", "“原创（天）”须为 1 至 365 之间的整数。")]
    [InlineData("超过上限", "", "UpdateDays", "100000", "“两周更新（天）”须为 1 至 365 之间的整数。")]
    [InlineData("小数", "", "OriginalMinPosts", "1.5", "“原创最少篇数”须为 1 至 1000 之间的整数。")]
    [InlineData("一票否决只能是或否", "", "OriginalIsVeto", "2", "“原创不达标一票否决”只能选择“是”或“否”。")]
    [InlineData("预警不早于超期", "", "EarlyWarningDays", "14", "预警天数（14）须小于两周更新天数（14）。")]
    [InlineData("僵尸期短于两周", "", "ZombieDays", "13", "僵尸账号天数（13）不得小于两周更新天数（14）。")]
    [InlineData("地区代码须为数字", "昭通", "UpdateDays", "7", "地区代码须为 2 至 12 位数字（行政区划代码的前缀）。")]
    public async Task an_invalid_threshold_is_refused_with_a_reason_and_nothing_is_stored(string because, string scope, string field, string value, string message)
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var admin = await factory.LoggedInClientAsync();

        var response = await MonitorWebFactory.PostFormAsync(admin, Url, new() { ["scope"] = scope, [field] = value }, "/Rules");
        var page = await admin.GetStringAsync(response.Headers.Location!);

        Assert.True(page.Contains(message), because);
        await using var context = db.CreateContext();
        Assert.Empty(context.RuleThresholdOverrides);
        Assert.DoesNotContain(context.AuditEntries, a => a.Action == "rules.update");
        Assert.Equal(14, factory.Services.GetRequiredService<RuleSettings>().Current.For(null).UpdateDays);
    }

    [Fact]
    public async Task a_reviewer_is_forbidden_to_change_thresholds()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var reviewer = await factory.ReviewerClientAsync();

        var page = await reviewer.GetStringAsync("/Rules");
        var response = await MonitorWebFactory.PostFormAsync(reviewer, Url, new() { ["scope"] = "", ["UpdateDays"] = "30" }, "/Rules");

        Assert.DoesNotContain("handler=Thresholds", page);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var context = db.CreateContext();
        Assert.Empty(context.RuleThresholdOverrides);
    }
}
