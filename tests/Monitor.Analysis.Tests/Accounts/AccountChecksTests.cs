using Microsoft.Extensions.Options;
using Monitor.Analysis.Accounts;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Tests.Accounts;

public class AccountChecksTests
{
    // 监测时间点 2026-11-16 00:00 in Asia/Shanghai, i.e. 2026-11-15 16:00 UTC.
    private static readonly DateTime Cutoff = new(2026, 11, 15, 16, 0, 0, DateTimeKind.Utc);

    private static AccountActivity Activity(IEnumerable<ActivityPost> posts, bool failed = false, Coverage coverage = Coverage.Full,
        bool publishing = true, string? region = "530600")
    {
        var list = posts.ToList();
        var latest = list.Where(p => p.CountsAsUpdate && p.PublishedUtc < Cutoff).Select(p => (DateTime?)p.PublishedUtc).Max();
        return new AccountActivity(1, region, publishing, Cutoff, list, latest, failed, failed ? "请求超时" : null, coverage);
    }

    private static ActivityPost PostAgo(double hours, bool? original = true, bool pinned = false, bool deleted = false) =>
        new(Cutoff.AddHours(-hours), original, pinned, deleted);

    private static Verdict Judge(IAccountCheck rule, AccountActivity activity, RuleThresholds? thresholds = null) =>
        rule.Evaluate(activity, thresholds ?? new RuleThresholds()).Verdict;

    [Theory]
    [InlineData("13天23小时前发文，仍在14天内", 13 * 24 + 23, Verdict.Pass)]
    [InlineData("14天整之前发文，窗口起点算在内", 14 * 24, Verdict.Pass)]
    [InlineData("14天1小时前发文，超出14天", 14 * 24 + 1, Verdict.Fail)]
    [InlineData("监测时间点之后发文不算", -1, Verdict.Fail)]
    public void update_two_week_boundaries(string because, double hoursBeforeCutoff, Verdict expected)
    {
        var verdict = Judge(new UpdateTwoWeekCheck(), Activity([PostAgo(hoursBeforeCutoff)]));
        Assert.True(expected == verdict, because);
    }

    [Theory]
    [InlineData("北京时间11月2日04:00（UTC 11月1日20:00）发文，按UTC零点算会误判为窗口外", "2026-11-01T20:00:00Z", Verdict.Pass)]
    [InlineData("北京时间11月16日07:00发文，已在监测时间点之后（按UTC零点算会误判为窗口内）", "2026-11-15T23:00:00Z", Verdict.Fail)]
    [InlineData("北京时间11月1日23:59发文，在窗口起点之前", "2026-11-01T15:59:00Z", Verdict.Fail)]
    public void the_window_is_counted_in_asia_shanghai_not_utc(string because, string publishedUtc, Verdict expected)
    {
        var post = new ActivityPost(DateTime.Parse(publishedUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), true, false, false);
        Assert.True(expected == Judge(new UpdateTwoWeekCheck(), Activity([post])), because);
    }

    [Theory]
    [InlineData("置顶的新帖不算更新", true, false)]
    [InlineData("已删除的帖子不算更新", false, true)]
    public void pinned_and_deleted_posts_never_count_as_an_update(string because, bool pinned, bool deleted)
    {
        var activity = Activity([PostAgo(24, pinned: pinned, deleted: deleted), PostAgo(30 * 24)]);
        var verdict = new UpdateTwoWeekCheck().Evaluate(activity, new RuleThresholds());
        Assert.True(Verdict.Fail == verdict.Verdict, because);
        Assert.Contains("最后更新于2026-10-17", verdict.Evidence);
    }

    [Fact]
    public void the_evidence_names_the_window_and_the_last_update_in_china_dates()
    {
        // 2026-10-30 20:00 UTC is 2026-10-31 04:00 in Beijing.
        var activity = Activity([new ActivityPost(new DateTime(2026, 10, 30, 20, 0, 0, DateTimeKind.Utc), true, false, false)]);
        var verdict = new UpdateTwoWeekCheck().Evaluate(activity, new RuleThresholds());
        Assert.Equal("监测时间点前14天内无更新，最后更新于2026-10-31", verdict.Evidence);
        Assert.Equal(("update.two-week", 1, Cutoff), (verdict.RuleId, verdict.RuleVersion, verdict.CutoffUtc));
    }

    public static TheoryData<string, IAccountCheck, bool, Coverage, Verdict> IncompleteData => new()
    {
        { "抓取失败时不判定为不更新", new UpdateTwoWeekCheck(), true, Coverage.Full, Verdict.Unknown },
        { "抓取失败时不发预警", new UpdateEarlyWarningCheck(), true, Coverage.Full, Verdict.Unknown },
        { "抓取失败时不列为僵尸账号", new UpdateZombieCheck(), true, Coverage.Full, Verdict.Unknown },
        { "抓取失败时原创不足也不判定", new OriginalTwoWeekCheck(), true, Coverage.Full, Verdict.Unknown },
        { "覆盖不完整的否决转人工复核", new UpdateTwoWeekCheck(), false, Coverage.Partial, Verdict.Unknown },
        { "从未抓取成功不判定", new UpdateTwoWeekCheck(), false, Coverage.Unknown, Verdict.Unknown },
        { "数据完整时才判定不合格", new UpdateTwoWeekCheck(), false, Coverage.Full, Verdict.Fail },
    };

    [Theory]
    [MemberData(nameof(IncompleteData))]
    public void incomplete_data_never_decides_against_an_account(string because, IAccountCheck rule, bool failed, Coverage coverage, Verdict expected)
    {
        var verdict = rule.Evaluate(Activity([PostAgo(200 * 24)], failed, coverage), new RuleThresholds());
        Assert.True(expected == verdict.Verdict, because);
    }

    [Theory]
    [InlineData("抓取失败但窗口内已见发文，仍判合格", true, Coverage.Full)]
    [InlineData("覆盖不完整但已见发文，仍判合格", false, Coverage.Partial)]
    public void a_post_we_did_see_passes_even_when_the_data_is_incomplete(string because, bool failed, Coverage coverage)
    {
        Assert.True(Verdict.Pass == Judge(new UpdateTwoWeekCheck(), Activity([PostAgo(24)], failed, coverage)), because);
    }

    [Theory]
    [InlineData("9天前发文，不预警", 9 * 24, Verdict.Pass)]
    [InlineData("10天1小时前发文，预警", 10 * 24 + 1, Verdict.Warning)]
    public void early_warning_after_ten_days(string because, double hours, Verdict expected)
    {
        Assert.True(expected == Judge(new UpdateEarlyWarningCheck(), Activity([PostAgo(hours)])), because);
    }

    [Theory]
    [InlineData("89天前发文，不是僵尸账号", 89 * 24, Verdict.Pass)]
    [InlineData("91天前发文，列为僵尸账号", 91 * 24, Verdict.Warning)]
    public void zombie_after_ninety_days(string because, double hours, Verdict expected)
    {
        Assert.True(expected == Judge(new UpdateZombieCheck(), Activity([PostAgo(hours)])), because);
    }

    [Theory]
    [InlineData("窗口内有1条原创", true, false, Verdict.Pass)]
    [InlineData("只有转载，默认为预警", false, false, Verdict.Warning)]
    [InlineData("只有转载，配置为单项否决", false, true, Verdict.Fail)]
    public void original_two_week_is_a_warning_or_a_veto_by_configuration(string because, bool original, bool veto, Verdict expected)
    {
        var verdict = Judge(new OriginalTwoWeekCheck(), Activity([PostAgo(24, original)]), new RuleThresholds { OriginalIsVeto = veto });
        Assert.True(expected == verdict, because);
    }

    [Fact]
    public void original_two_week_is_unknown_when_the_source_marks_no_originality()
    {
        var verdict = new OriginalTwoWeekCheck().Evaluate(Activity([PostAgo(24, original: null), PostAgo(48, original: null)]), new RuleThresholds());
        Assert.Equal(Verdict.Unknown, verdict.Verdict);
        Assert.Contains("未标注是否原创", verdict.Evidence);
    }

    [Fact]
    public void a_service_account_is_not_held_to_the_update_rules()
    {
        var verdict = new UpdateTwoWeekCheck().Evaluate(Activity([], publishing: false), new RuleThresholds());
        Assert.Equal(Verdict.Pass, verdict.Verdict);
    }

    [Theory]
    [InlineData("省级覆盖（53）放宽到21天", "530100", 21)]
    [InlineData("市级覆盖（5306）优先于省级", "530602", 7)]
    [InlineData("其他地区用默认值", "110000", 14)]
    [InlineData("没有地区码用默认值", null, 14)]
    public void thresholds_follow_the_longest_matching_region_prefix(string because, string? region, int expectedDays)
    {
        var options = new RulesOptions
        {
            Regions = { ["53"] = new RuleOverrides { UpdateDays = 21, OriginalIsVeto = true }, ["5306"] = new RuleOverrides { UpdateDays = 7 } },
        };
        Assert.True(expectedDays == options.For(region).UpdateDays, because);
        var checker = new AccountChecker([new UpdateTwoWeekCheck()], new RuleSettings(Options.Create(options)));
        // 10 days ago passes with 14 or 21 days and fails with 7.
        var verdict = checker.Evaluate(Activity([PostAgo(10 * 24)], region: region)).Single().Verdict;
        Assert.Equal(expectedDays > 10 ? Verdict.Pass : Verdict.Fail, verdict);
    }

    private static AccountActivity CutFeed(IEnumerable<ActivityPost> posts, double completeFromHoursAgo)
    {
        var list = posts.ToList();
        var latest = list.Where(p => p.CountsAsUpdate && p.PublishedUtc < Cutoff).Select(p => (DateTime?)p.PublishedUtc).Max();
        return new AccountActivity(1, "530600", true, Cutoff, list, latest, false, null, Coverage.Partial, Cutoff.AddHours(-completeFromHoursAgo));
    }

    [Fact]
    public void a_feed_that_cut_only_items_older_than_the_window_decides_the_two_week_rule()
    {
        // Newest item 20 days before the cut-off, oldest 40: anything the feed cut is older still.
        var activity = CutFeed([PostAgo(20 * 24, original: null), PostAgo(40 * 24, original: null)], completeFromHoursAgo: 40 * 24);

        Assert.Equal(Verdict.Fail, Judge(new UpdateTwoWeekCheck(), activity));
        Assert.Equal(Verdict.Warning, Judge(new UpdateEarlyWarningCheck(), activity));
    }

    [Fact]
    public void a_feed_whose_blind_spot_reaches_into_the_window_stays_unknown()
    {
        // Every item is after the cut-off (a back-dated sweep): a cut item could be inside the window.
        var activity = CutFeed([PostAgo(-48, original: null)], completeFromHoursAgo: -48);

        Assert.Equal(Verdict.Unknown, Judge(new UpdateTwoWeekCheck(), activity));
    }

    [Fact]
    public void partial_coverage_without_a_known_blind_spot_stays_unknown()
    {
        Assert.Equal(Verdict.Unknown, Judge(new UpdateTwoWeekCheck(), Activity([PostAgo(20 * 24)], coverage: Coverage.Partial)));
    }
}
