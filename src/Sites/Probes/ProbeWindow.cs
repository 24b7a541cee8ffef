using Monitor.Shared;
using Monitor.Shared.Domain;
using Monitor.Sites.Status;

namespace Monitor.Sites.Probes;

/// <summary>
/// 站点无法访问 at a cut-off: over the <see cref="SitesOptions.ProbeWindowDays"/> days before it, fail when failures
/// reach <see cref="SitesOptions.UnreachablePercent"/> of the probes; unknown when there are fewer probes than the rule
/// needs (20 a day), because a thin sample can neither clear nor condemn a site.
/// </summary>
public static class ProbeWindow
{
    public static (ProbeSummary Summary, Verdict Verdict, string Evidence) Judge(IReadOnlyList<SiteProbe> probes, DateTime cutoffUtc, SitesOptions o)
    {
        var start = cutoffUtc.AddDays(-o.ProbeWindowDays);
        var inWindow = probes.Where(p => p.ProbedAt >= start && p.ProbedAt < cutoffUtc).ToList();
        var failed = inWindow.Where(p => !p.Ok).OrderByDescending(p => p.ProbedAt).ToList();
        var summary = new ProbeSummary
        {
            WindowStart = ChinaTime.ToChina(start),
            WindowEnd = ChinaTime.ToChina(cutoffUtc),
            Total = inWindow.Count,
            Failed = failed.Count,
            FailureRate = inWindow.Count == 0 ? 0 : Math.Round((double)failed.Count / inWindow.Count, 4),
            Required = o.ProbeWindowDays * o.RequiredProbesPerDay,
            RecentFailures = failed.Take(10).Select(p => new ProbeFailure(ChinaTime.ToChina(p.ProbedAt), p.StatusCode, p.Error)).ToList(),
        };
        var range = $"{ChinaTime.DateAndTime(start)} 至 {ChinaTime.DateAndTime(cutoffUtc)}";
        if (summary.Total < summary.Required)
        {
            return (summary, Verdict.Unknown,
                $"{range} 仅有 {summary.Total} 次探测（其中失败 {summary.Failed} 次），少于规则要求的 {summary.Required} 次（{o.ProbeWindowDays} 天 × 每天 {o.RequiredProbesPerDay} 次），无法判定");
        }
        var percent = summary.FailureRate * 100;
        var evidence = $"{range} 共探测 {summary.Total} 次，打不开 {summary.Failed} 次，占 {percent:0.##}%（阈值 {o.UnreachablePercent:0.##}%）";
        return (summary, percent >= o.UnreachablePercent ? Verdict.Fail : Verdict.Pass, evidence);
    }
}
