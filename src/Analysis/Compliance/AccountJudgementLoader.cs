using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monitor.Analysis.Accounts;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Compliance;

/// <summary>
/// Judges every active account in scope for a period: failed rule verdicts at the cut-off plus confirmed veto
/// findings on posts published in the period. An <c>unknown</c> verdict never fails an account; where the rule
/// could have failed it (<c>update.two-week</c>, and <c>original.two-week</c> where the jurisdiction makes it a veto)
/// the account is 待核实 and left out of 检查数, so an undecided account never raises the 合格率.
/// </summary>
public sealed class AccountJudgementLoader(IDbContextFactory<MonitorDbContext> factory, IOptions<ComplianceOptions> options,
    RuleSettings rules)
{
    public async Task<List<AccountJudgement>> LoadAsync(ReportPeriod period, DateTime? cutoffUtc, ComplianceScope scope, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Thresholds an administrator changed since the last judgement apply to this one.
        var rulesNow = await rules.RefreshAsync(db, ct);
        var accounts = (await db.Accounts.AsNoTracking().Where(a => a.Status == AccountStatus.Active).ToListAsync(ct))
            .Where(a => scope.Contains(a.RegionCode)).ToList();
        var ids = accounts.Select(a => a.Id).ToHashSet();

        var verdicts = cutoffUtc is { } cutoff
            ? (await db.CheckResults.AsNoTracking().Where(c => c.CutoffUtc == cutoff).ToListAsync(ct)).Where(c => ids.Contains(c.AccountId)).ToLookup(c => c.AccountId)
            : Enumerable.Empty<CheckResult>().ToLookup(c => c.AccountId);
        var lastUpdates = cutoffUtc is { } c2
            ? (await db.Posts.Where(p => !p.IsPinned && !p.IsDeleted && p.PublishedAtUtc < c2)
                .GroupBy(p => p.AccountId).Select(g => new { g.Key, Latest = g.Max(p => p.PublishedAtUtc) }).ToListAsync(ct))
                .ToDictionary(x => x.Key, x => (DateTime?)x.Latest)
            : [];

        var counted = new List<ReviewStatus> { ReviewStatus.Confirmed };
        if (options.Value.CountFixedFindings)
        {
            counted.Add(ReviewStatus.Fixed);
        }
        var vetoKinds = options.Value.VetoFindingKinds;
        var (start, end) = (period.StartUtc, period.EndUtc);
        var findings = (await db.Findings.AsNoTracking().Include(f => f.Post)
                .Where(f => f.ReviewStatus == ReviewStatus.Confirmed || f.ReviewStatus == ReviewStatus.Fixed)
                .Where(f => f.Post!.PublishedAtUtc >= start && f.Post.PublishedAtUtc < end)
                .ToListAsync(ct))
            .Where(f => ids.Contains(f.AccountId)).ToLookup(f => f.AccountId);

        // 原创不足 is shown by the posts of the window: the latest one before the cut-off, for each account it failed.
        var unoriginal = verdicts.SelectMany(g => g).Where(r => r.Verdict == Verdict.Fail && r.RuleId == "original.two-week").Select(r => r.AccountId).ToList();
        var latestPosts = cutoffUtc is { } c3 && unoriginal.Count > 0
            ? (await db.Posts.AsNoTracking()
                .Where(p => unoriginal.Contains(p.AccountId) && !p.IsPinned && !p.IsDeleted && p.PublishedAtUtc < c3 && p.PublishedAtUtc >= c3.AddDays(-60))
                .ToListAsync(ct))
                .GroupBy(p => p.AccountId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.PublishedAtUtc)!)
            : [];

        return accounts.Select(a =>
        {
            var results = verdicts[a.Id].ToList();
            var failed = results.Where(r => r.Verdict == Verdict.Fail).OrderBy(r => ProblemLabels.Rank(ProblemLabels.ForRule(r.RuleId))).ToList();
            var vetoFindings = findings[a.Id].Where(f => counted.Contains(f.ReviewStatus) && vetoKinds.Contains(f.Kind)).OrderBy(f => f.Post!.PublishedAtUtc).ToList();
            var problems = failed.Select(r => ProblemLabels.ForRule(r.RuleId))
                .Concat(vetoFindings.Select(f => ProblemLabels.ForFinding(f.Kind)))
                .Distinct().OrderBy(ProblemLabels.Rank).ToList();
            var evidence = failed.Select(r => $"{ProblemLabels.ForRule(r.RuleId)}：{r.Evidence}"
                    + (r.RuleId == "original.two-week" && latestPosts.TryGetValue(a.Id, out var latest) ? "；最近发文 " + EvidenceText.Post(latest, EvidenceText.Opening(latest)) : ""))
                .Concat(vetoFindings.Select(f => $"{ProblemLabels.ForFinding(f.Kind)}：{EvidenceText.Of(f, f.Post!)}"))
                .ToList();
            var unknowns = results.Where(r => r.Verdict == Verdict.Unknown && CanVeto(r.RuleId, a, rulesNow)).OrderBy(r => r.RuleId).Select(r => r.Evidence).ToList();
            var fixedFindings = findings[a.Id].Where(f => f.ReviewStatus == ReviewStatus.Fixed).ToList();
            var decided = problems.Count > 0 || (results.Count > 0 && unknowns.Count == 0);
            return new AccountJudgement(a, decided, problems, unknowns,
                lastUpdates.GetValueOrDefault(a.Id), fixedFindings)
            { Evidence = evidence };
        }).ToList();
    }

    private static bool CanVeto(string ruleId, GovAccount account, RulesOptions rules) => ruleId switch
    {
        "update.two-week" => true,
        "original.two-week" => rules.For(account.RegionCode).OriginalIsVeto,
        _ => false,
    };
}
