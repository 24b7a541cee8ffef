using Monitor.Shared;
using Monitor.Shared.Domain;
using Monitor.Sites.Status;

namespace Monitor.Sites.Sweep;

/// <summary>
/// The content verdicts of the 2019 website single-veto indicators from what the sweep read: 首页不更新 (home-page dynamic columns, else any home
/// block, else — for a navigation-only home page — every column, with nothing in two weeks), 栏目不更新 and 空白栏目
/// (fail at the veto count, warning below it, since each such column still costs points), 互动回应差.
/// </summary>
public static class SiteVerdicts
{
    public static void Judge(SiteReport report, IReadOnlyList<ColumnRead> columns, DateTime cutoffUtc, SitesOptions o)
    {
        var cutoffDay = DateOnly.FromDateTime(ChinaTime.ToChina(cutoffUtc).DateTime);
        if (report.Fetch != "ok")
        {
            foreach (var rule in new[] { SiteRuleIds.HomeStale, SiteRuleIds.ColumnStale, SiteRuleIds.BlankColumn, SiteRuleIds.InteractionOverdue })
            {
                Set(report, rule, Verdict.Unknown, $"首页无法读取（{report.FetchError}），无法判定");
            }
            return;
        }

        JudgeHome(report, columns, cutoffDay, o);

        var stale = columns.Where(c => c.Report.State == "stale").ToList();
        report.StaleColumns = stale.Select(c => c.Report.Name).ToList();
        Set(report, SiteRuleIds.ColumnStale, Count(stale.Count, o.StaleColumnVeto),
            stale.Count == 0
                ? $"动态要闻类（{o.DynamicDays} 天）与通知公告/政策文件类（{o.NoticeMonths} 个月）栏目均有更新"
                : $"{stale.Count} 个栏目在规定期限内未更新（否决阈值 {o.StaleColumnVeto} 个）：" + string.Join("；", stale.Select(c =>
                    $"{c.Report.Name}（{c.Report.ClassLabel}，最近 {c.Report.LatestItemDate ?? "无"}）")));

        var blank = columns.Where(c => c.Report.State == "blank").ToList();
        report.BlankColumns = blank.Select(c => c.Report.Name).ToList();
        Set(report, SiteRuleIds.BlankColumn, Count(blank.Count, o.BlankColumnVeto),
            blank.Count == 0 ? "未发现空白栏目" : $"{blank.Count} 个空白栏目（否决阈值 {o.BlankColumnVeto} 个）：{string.Join("、", blank.Select(c => c.Report.Name))}");

        report.UndatedColumns = columns.Where(c => c.Report.State == "undated").Select(c => c.Report.Name).ToList();
        JudgeInteraction(report, columns, cutoffDay, o);
    }

    private static Verdict Count(int count, int veto) => count >= veto ? Verdict.Fail : count > 0 ? Verdict.Warning : Verdict.Pass;

    private static void JudgeHome(SiteReport report, IReadOnlyList<ColumnRead> columns, DateOnly cutoffDay, SitesOptions o)
    {
        var start = cutoffDay.AddDays(-o.DynamicDays);
        var onHome = columns.Where(c => c.Report.OnHomePage).Select(c => (c, Date: c.HomeLatest ?? c.Latest)).Where(x => x.Date is not null).ToList();
        var basis = onHome.Where(x => x.c.Class == ColumnClass.Dynamic).ToList() is { Count: > 0 } dyn ? (dyn, "首页动态要闻类栏目")
            : onHome.Count > 0 ? (onHome, "首页栏目")
            : columns.Where(c => c.Latest is not null && c.Class == ColumnClass.Dynamic).Select(c => (c, Date: c.Latest)).ToList() is { Count: > 0 } dynamicPages
                ? (dynamicPages, "首页未显示带日期的信息，按动态要闻类二级栏目")
                : (columns.Where(c => c.Latest is not null).Select(c => (c, Date: c.Latest)).ToList(), "首页仅为导航入口，按各二级栏目");
        if (basis.Item1.Count == 0)
        {
            Set(report, SiteRuleIds.HomeStale, Verdict.Unknown, "首页及栏目中未读出带日期的信息，无法判定（可为该网站配置覆盖文件）");
            return;
        }
        var latest = basis.Item1.Max(x => x.Date!.Value);
        var names = string.Join("、", basis.Item1.Select(x => x.c.Report.Name));
        Set(report, SiteRuleIds.HomeStale, latest >= start ? Verdict.Pass : Verdict.Fail,
            $"{basis.Item2}（{names}）最近一条信息 {latest:yyyy-MM-dd}；监测时间点前 {o.DynamicDays} 天（{start:yyyy-MM-dd} 起）{(latest >= start ? "有" : "无")}更新");
    }

    private static void JudgeInteraction(SiteReport report, IReadOnlyList<ColumnRead> columns, DateOnly cutoffDay, SitesOptions o)
    {
        var lists = columns.Where(c => c.Class == ColumnClass.Interaction && c.Messages.Count > 0).ToList();
        if (lists.Count == 0)
        {
            var found = columns.Any(c => c.Class == ColumnClass.Interaction);
            Set(report, SiteRuleIds.InteractionOverdue, Verdict.Unknown,
                found ? "留言/咨询栏目中未读出带日期的留言，无法判定" : "未找到留言/咨询类栏目，无法判定（请人工核实是否提供网上咨询建言渠道）");
            return;
        }
        var yearStart = cutoffDay.AddYears(-1);
        var messages = lists.SelectMany(c => c.Messages).Where(m => m.AskedOn >= yearStart && m.AskedOn < cutoffDay).DistinctBy(m => (m.Title, m.AskedOn)).ToList();
        var overdue = messages.Where(m => m.AnsweredOn is { } a ? a > m.AskedOn.AddMonths(o.InteractionMonths) : m.Unanswered && m.AskedOn.AddMonths(o.InteractionMonths) < cutoffDay).ToList();
        report.Interaction = new InteractionReport
        {
            Column = string.Join("、", lists.Select(c => c.Report.Name)),
            Url = lists[0].Report.Url,
            Messages = messages.Count,
            Overdue = overdue.Select(m => new OverdueMessage(m.Title, m.Url?.ToString(), m.AskedOn.ToString("yyyy-MM-dd"), m.AnsweredOn?.ToString("yyyy-MM-dd"))).ToList(),
        };
        Set(report, SiteRuleIds.InteractionOverdue, overdue.Count > 0 ? Verdict.Fail : Verdict.Pass,
            overdue.Count == 0
                ? $"监测时间点前 1 年内 {messages.Count} 条留言均在 {o.InteractionMonths} 个月内答复"
                : $"监测时间点前 1 年内 {messages.Count} 条留言中 {overdue.Count} 条超过 {o.InteractionMonths} 个月未答复：" + string.Join("；", overdue.Take(5).Select(m =>
                    $"{m.Title}（{m.AskedOn:yyyy-MM-dd} 留言，{(m.AnsweredOn is { } a ? $"{a:yyyy-MM-dd} 答复" : "未答复")}）")));
    }

    public static void Set(SiteReport report, string ruleId, Verdict verdict, string evidence)
    {
        report.Verdicts[ruleId] = verdict.ToString().ToLowerInvariant();
        report.Evidence[ruleId] = evidence;
    }
}
