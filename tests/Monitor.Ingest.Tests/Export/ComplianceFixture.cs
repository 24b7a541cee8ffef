using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Export;

/// <summary>
/// A small register judged at two cut-offs: 2026-09-16 (in 2026Q3) and 2026-11-16 (in 2026Q4), plus a later cut-off
/// in 2027 that a 2026Q4 report must not pick. Every case the export distinguishes appears once.
/// </summary>
public static class ComplianceFixture
{
    public static readonly DateTime Q3Cutoff = new(2026, 9, 15, 16, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Q4Cutoff = new(2026, 11, 15, 16, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime LaterCutoff = new(2027, 1, 4, 16, 0, 0, DateTimeKind.Utc);
    public static readonly DateTimeOffset InQ4 = new(2026, 10, 20, 9, 30, 0, TimeSpan.FromHours(8));

    public static async Task SeedAsync(TestDb db)
    {
        await using var context = db.CreateContext();
        var province = Account("云南发布", Platform.WeChat, "530000", "省政府新闻办", "5300000001WX", RegionLevel.Province);
        var zhaotong = Account("昭通发布", Platform.WeChat, "530600", "昭通市人民政府办公室", "530600M008WX0001", RegionLevel.City);
        var ludian = Account("鲁甸发布", Platform.Weibo, "530621", "鲁甸县人民政府办公室", "530621M008XL0001", RegionLevel.County);
        var ludianDouyin = Account("鲁甸融媒", Platform.Douyin, "530621", "鲁甸县融媒体中心", "530621M008DY0001", RegionLevel.County);
        var qujing = Account("曲靖头条", Platform.Toutiao, "530300", "曲靖市人民政府办公室", "530300M008TT0001", RegionLevel.City);
        var qilin = Account("麒麟发布", Platform.WeChat, "530302", "麒麟区人民政府办公室", "530302M008WX0001", RegionLevel.County);
        var qujingWeibo = Account("曲靖发布", Platform.Weibo, "530300", "曲靖市人民政府新闻办公室", "530300M008XL0001", RegionLevel.City);
        var closed = Account("昭通旧号", Platform.WeChat, "530600", "昭通市某局", "530600M008WX0009", RegionLevel.City);
        closed.Status = AccountStatus.Closed;
        GovAccount[] all = [province, zhaotong, ludian, ludianDouyin, qujing, qilin, qujingWeibo, closed];
        context.Accounts.AddRange(all);
        await context.SaveChangesAsync();

        foreach (var a in all)
        {
            var post = Some.Post(a.Id, InQ4);
            context.Posts.Add(post);
            await context.SaveChangesAsync();
            if (a == ludian)
            {
                context.Findings.Add(Finding(post, FindingKind.PersonalDataLeak, "pii.mobile", ReviewStatus.Confirmed));
                context.Findings.Add(Finding(post, FindingKind.Typo, "typo.confusable", ReviewStatus.Confirmed));
            }
            if (a == qujing)
            {
                context.Findings.Add(Finding(post, FindingKind.SevereMisstatement, "misstatement.leader-name", ReviewStatus.Pending));
                context.Findings.Add(Finding(post, FindingKind.PersonalDataLeak, "pii.id-card", ReviewStatus.Dismissed));
            }
            if (a == province)
            {
                context.Findings.Add(Finding(post, FindingKind.SevereMisstatement, "misstatement.formulation", ReviewStatus.Fixed));
            }
        }
        // A confirmed finding on a post outside the period does not count in it.
        var old = Some.Post(qujing.Id, new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        context.Posts.Add(old);
        await context.SaveChangesAsync();
        context.Findings.Add(Finding(old, FindingKind.PersonalDataLeak, "pii.id-card", ReviewStatus.Confirmed));

        Verdicts(context, Q4Cutoff, province, Verdict.Pass, Verdict.Pass);
        Verdicts(context, Q4Cutoff, zhaotong, Verdict.Fail, Verdict.Pass);
        Verdicts(context, Q4Cutoff, ludian, Verdict.Pass, Verdict.Pass);
        Verdicts(context, Q4Cutoff, ludianDouyin, Verdict.Unknown, Verdict.Unknown);
        Verdicts(context, Q4Cutoff, qujing, Verdict.Pass, Verdict.Warning);
        Verdicts(context, Q4Cutoff, qilin, Verdict.Pass, Verdict.Fail);
        Verdicts(context, Q4Cutoff, qujingWeibo, Verdict.Pass, Verdict.Pass);
        Verdicts(context, Q4Cutoff, closed, Verdict.Fail, Verdict.Fail);

        foreach (var a in all)
        {
            var failed = a == qilin || a == qujingWeibo;
            Verdicts(context, Q3Cutoff, a, failed ? Verdict.Fail : Verdict.Pass, Verdict.Pass);
            Verdicts(context, LaterCutoff, a, Verdict.Fail, Verdict.Fail);
        }
        await context.SaveChangesAsync();
    }

    private static GovAccount Account(string name, Platform platform, string region, string owner, string code, RegionLevel level)
    {
        var a = Some.Account(platform, name, code);
        a.RegionCode = region;
        a.RegionName = null;
        a.RegionLevel = level;
        a.Owner = owner;
        return a;
    }

    private static Finding Finding(Post post, FindingKind kind, string ruleId, ReviewStatus status) => new()
    {
        PostId = post.Id,
        AccountId = post.AccountId,
        RuleId = ruleId,
        Kind = kind,
        ReviewStatus = status,
        CreatedAt = post.FetchedAt,
        ReviewedAt = status == ReviewStatus.Pending ? null : new DateTime(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc),
        Message = "测试",
    };

    private static void Verdicts(Monitor.Shared.Data.MonitorDbContext context, DateTime cutoff, GovAccount a, Verdict update, Verdict original)
    {
        context.CheckResults.Add(new CheckResult { AccountId = a.Id, RuleId = "update.two-week", CutoffUtc = cutoff, Verdict = update, Evidence = "监测时间点前14天内无更新", EvaluatedAt = cutoff });
        context.CheckResults.Add(new CheckResult { AccountId = a.Id, RuleId = "original.two-week", CutoffUtc = cutoff, Verdict = original, Evidence = "数据源未标注是否原创", EvaluatedAt = cutoff });
        context.CheckResults.Add(new CheckResult { AccountId = a.Id, RuleId = "update.early-warning", CutoffUtc = cutoff, Verdict = update == Verdict.Fail ? Verdict.Warning : Verdict.Pass, Evidence = "", EvaluatedAt = cutoff });
    }
}
