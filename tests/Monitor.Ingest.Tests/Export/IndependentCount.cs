using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Tests.Export;

/// <summary>
/// The numbers recomputed from the tables the plain way, without the code under test: active accounts; failed if a
/// verdict at the cut-off is Fail or a Confirmed severe-misstatement / personal-data finding sits on a post published
/// in [start, end).
/// </summary>
public sealed record IndependentCount(List<GovAccount> Active, HashSet<long> Checked, HashSet<long> Failed, HashSet<long> Pending)
{
    public static async Task<IndependentCount> LoadAsync(MonitorDbContext db, DateTime cutoff, DateTime start, DateTime end, string prefix = "")
    {
        var active = (await db.Accounts.Where(a => a.Status == AccountStatus.Active).ToListAsync())
            .Where(a => (a.RegionCode ?? "").StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var ids = active.Select(a => a.Id).ToHashSet();
        var results = (await db.CheckResults.Where(c => c.CutoffUtc == cutoff).ToListAsync()).Where(c => ids.Contains(c.AccountId)).ToList();
        var posts = (await db.Posts.ToListAsync()).ToDictionary(p => p.Id);
        var vetoFindings = (await db.Findings.Where(f => f.ReviewStatus == ReviewStatus.Confirmed).ToListAsync())
            .Where(f => f.Kind is FindingKind.SevereMisstatement or FindingKind.PersonalDataLeak)
            .Where(f => posts[f.PostId].PublishedAtUtc >= start && posts[f.PostId].PublishedAtUtc < end)
            .Select(f => f.AccountId).Where(ids.Contains).ToHashSet();
        var failed = results.Where(r => r.Verdict == Verdict.Fail).Select(r => r.AccountId).Concat(vetoFindings).ToHashSet();
        // 原创不足 is a warning by default, so only an undecided update.two-week leaves an account 待核实.
        var pending = results.Where(r => r.RuleId == "update.two-week" && r.Verdict == Verdict.Unknown && !failed.Contains(r.AccountId)).Select(r => r.AccountId).ToHashSet();
        var checkedIds = results.Select(r => r.AccountId).Where(id => !pending.Contains(id)).Concat(failed).ToHashSet();
        return new(active, checkedIds, failed, pending);
    }

    public (int Running, int Checked, int Failed) In(Func<GovAccount, bool> group)
    {
        var accounts = Active.Where(group).ToList();
        return (accounts.Count, accounts.Count(a => Checked.Contains(a.Id)), accounts.Count(a => Failed.Contains(a.Id)));
    }

    /// <summary>合格率 computed with floating point, printed the seeds' way.</summary>
    public static string Rate(int checkedCount, int failed) =>
        checkedCount == 0 ? "—" : failed == 0 ? "100%" : failed == checkedCount ? "0%"
        : (Math.Round(100.0 * (checkedCount - failed) / checkedCount + 1e-9, 1)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
