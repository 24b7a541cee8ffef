namespace Monitor.Analysis.Compliance;

/// <summary>Repeat offenders and rectification: this period's judgements against the previous period's.</summary>
internal static class Tracking
{
    public static List<TrackingRow> RepeatOffenders(IReadOnlyList<AccountJudgement> current, IReadOnlyList<AccountJudgement> previous, RegionGrouping grouping)
    {
        var failedBefore = previous.Where(j => j.Failed).ToDictionary(j => j.Account.Id);
        return current.Where(j => j.Failed && failedBefore.ContainsKey(j.Account.Id))
            .Select((j, i) => Row(i + 1, j, grouping, Join(failedBefore[j.Account.Id].Problems), "本期仍不合格：" + Join(j.Problems)))
            .ToList();
    }

    /// <summary>
    /// Every account that failed last period, with its status now (已整改 / 未整改 / 待核实), then the findings reviewers
    /// marked 已整改 on this period's posts.
    /// </summary>
    public static List<TrackingRow> Rectifications(IReadOnlyList<AccountJudgement> current, IReadOnlyList<AccountJudgement> previous, RegionGrouping grouping)
    {
        var failedBefore = previous.Where(j => j.Failed).ToDictionary(j => j.Account.Id);
        var rows = new List<(AccountJudgement J, string Before, string Now)>();
        foreach (var j in current.Where(j => failedBefore.ContainsKey(j.Account.Id)))
        {
            var now = j.Failed ? "未整改（本期仍不合格：" + Join(j.Problems) + "）"
                : j.Pending ? "待核实"
                : j.Checked ? "已整改（本期检查合格）" : "本期未检查";
            rows.Add((j, Join(failedBefore[j.Account.Id].Problems), now));
        }
        foreach (var j in current.Where(j => j.FixedFindings.Count > 0))
        {
            var labels = j.FixedFindings.Select(f => ProblemLabels.ForFinding(f.Kind)).Distinct().OrderBy(ProblemLabels.Rank);
            var when = j.FixedFindings.Max(f => f.ReviewedAt) is { } t ? $"（{Monitor.Shared.ChinaTime.Date(t)}）" : "";
            rows.Add((j, Join(labels), $"检出项已整改{when}"));
        }
        return rows.Select((r, i) => Row(i + 1, r.J, grouping, r.Before, r.Now)).ToList();
    }

    private static string Join(IEnumerable<string> problems) => string.Join("、", problems);

    private static TrackingRow Row(int number, AccountJudgement j, RegionGrouping grouping, string before, string now) =>
        new(number, ComplianceQuery.RegionOf(j.Account, grouping), j.Account.Name, j.Account.AccountCode ?? "",
            Monitor.Shared.Domain.PlatformNames.Chinese(j.Account.Platform), before, now);
}
