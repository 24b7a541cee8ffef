using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monitor.Analysis.Accounts;
using Monitor.Analysis.Feedback;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Sources;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// The work of one batch: fetch its accounts (outside any transaction), then in one transaction record the fetch
/// statuses, upsert the posts, analyse the posts not yet analysed, and replace the accounts' verdicts at the cut-off.
/// The caller commits it together with the batch's state, so the batch happens once or not at all.
/// </summary>
public sealed class SweepBatchWork(
    AccountFetcher fetcher, FetchStatusRecorder recorder, IPostAnalyser analyser, AccountChecker checker, AccountActivityLoader loader,
    RuleSettings rules, IAllowList allowList, TimeProvider time, IOptions<SweepOptions> options)
{
    /// <summary>
    /// Reads the batch's accounts and fetches them. Call it before opening the batch's transaction: on SQLite that
    /// transaction holds the database's write lock, which a fetch must not keep for the length of its HTTP calls (and
    /// a source may write meanwhile, e.g. a rotated refresh token).
    /// </summary>
    public async Task<FetchedBatch> FetchAsync(MonitorDbContext db, SweepBatch batch, SweepRun run, CancellationToken ct)
    {
        // Each batch reads the thresholds and the allow-list afresh, so an administrator's change (on the dashboard,
        // another process) reaches every worker without a restart.
        await rules.RefreshAsync(db, ct);
        await allowList.RefreshAsync(ct);
        var accounts = await db.Accounts.Include(a => a.FetchStatus)
            .Where(a => a.Id >= batch.FirstAccountId && a.Id <= batch.LastAccountId && a.Status == AccountStatus.Active)
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var outcomes = new FetchOutcome[accounts.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, accounts.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.FetchConcurrency), CancellationToken = ct },
            async (i, c) => outcomes[i] = await fetcher.FetchAsync(accounts[i], run.CutoffUtc, now, c));
        return new FetchedBatch(accounts, outcomes, now);
    }

    /// <summary>Records what <see cref="FetchAsync"/> brought, inside the caller's transaction.</summary>
    public async Task<BatchOutcome> StoreAsync(MonitorDbContext db, SweepRun run, FetchedBatch batch, CancellationToken ct)
    {
        var (accounts, outcomes, now) = (batch.Accounts, batch.Outcomes, batch.NowUtc);

        int failed = 0;
        var fetched = new List<(GovAccount, IReadOnlyList<Sources.SourcePost>)>();
        for (var i = 0; i < accounts.Count; i++)
        {
            var account = accounts[i];
            var outcome = outcomes[i];
            if (outcome.Result is { } result)
            {
                recorder.RecordSuccess(account.FetchStatus ??= new FetchStatus { AccountId = account.Id }, result, now);
                fetched.Add((account, result.Posts));
            }
            else if (outcome.Error is { } error)
            {
                recorder.RecordFailure(account.FetchStatus ??= new FetchStatus { AccountId = account.Id }, error, now);
            }
            failed += account.FetchStatus?.LastAttemptFailed == true ? 1 : 0;
        }
        var newPosts = (await new PostUpserter(db, time).StageAsync(fetched, ct)).Sum(r => r.Added);
        // New and edited posts are analysed before they are written, so the sweep never writes a post twice.
        var byId = accounts.ToDictionary(a => a.Id);
        var newFindings = await WriteNewPostsAsync(db, byId, now, ct);
        var edited = db.ChangeTracker.Entries<Post>().Select(e => e.Entity).Where(p => p.AnalysedAt is null).ToList();
        newFindings += Analyse(db, edited, byId, now);
        await db.SaveChangesAsync(ct);
        newFindings += await AnalyseLeftoversAsync(db, byId, now, ct);
        await EvaluateAsync(db, accounts, run, now, ct);
        return new BatchOutcome(accounts.Count, failed, newPosts, newFindings);
    }

    /// <summary>
    /// Takes the staged new posts out of EF's change tracker, analyses them and bulk-inserts them; the few that have
    /// findings get their ids read back so the findings can point at them.
    /// </summary>
    private async Task<int> WriteNewPostsAsync(MonitorDbContext db, Dictionary<long, GovAccount> byId, DateTime now, CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries<Post>().Where(e => e.State == EntityState.Added).ToList();
        var posts = added.Select(e => e.Entity).ToList();
        added.ForEach(e => e.State = EntityState.Detached);
        var findings = new List<(Post Post, Finding Finding)>();
        foreach (var post in posts)
        {
            findings.AddRange(analyser.Analyse(post, byId[post.AccountId]).Select(f => (post, f)));
            post.AnalysedAt = now;
        }
        await BulkInserter.InsertAsync(db, posts, ct);
        if (findings.Count > 0)
        {
            var accountIds = findings.Select(f => f.Post.AccountId).Distinct().ToList();
            var platformIds = findings.Select(f => f.Post.PlatformPostId).Distinct().ToList();
            var ids = await db.Posts.AsNoTracking()
                .Where(p => accountIds.Contains(p.AccountId) && platformIds.Contains(p.PlatformPostId))
                .Select(p => new { p.Id, p.AccountId, p.PlatformPostId })
                .ToDictionaryAsync(p => (p.AccountId, p.PlatformPostId), p => p.Id, ct);
            foreach (var (post, finding) in findings)
            {
                finding.PostId = ids[(post.AccountId, post.PlatformPostId)];
                db.Findings.Add(finding);
            }
        }
        return findings.Count;
    }

    /// <summary>Posts left unanalysed by an earlier run or an import: normally none.</summary>
    private async Task<int> AnalyseLeftoversAsync(MonitorDbContext db, Dictionary<long, GovAccount> byId, DateTime now, CancellationToken ct)
    {
        var ids = byId.Keys.ToList();
        var pending = await db.Posts.Where(p => ids.Contains(p.AccountId) && p.AnalysedAt == null).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }
        var count = Analyse(db, pending, byId, now);
        await db.SaveChangesAsync(ct);
        return count;
    }

    private int Analyse(MonitorDbContext db, List<Post> posts, Dictionary<long, GovAccount> byId, DateTime now)
    {
        var count = 0;
        foreach (var post in posts)
        {
            foreach (var finding in analyser.Analyse(post, byId[post.AccountId]))
            {
                // A new post has no id yet: the navigation lets the save fill it in.
                finding.Post = post;
                db.Findings.Add(finding);
                count++;
            }
            post.AnalysedAt = now;
        }
        return count;
    }

    private async Task EvaluateAsync(MonitorDbContext db, List<GovAccount> accounts, SweepRun run, DateTime now, CancellationToken ct)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var cutoff = run.CutoffUtc;
        // One verdict per account, rule and cut-off: a re-run replaces the earlier verdicts.
        await db.CheckResults.Where(c => ids.Contains(c.AccountId) && c.CutoffUtc == cutoff).ExecuteDeleteAsync(ct);
        var results = new List<CheckResult>();
        foreach (var activity in await loader.LoadAsync(db, accounts, cutoff, ct))
        {
            foreach (var v in checker.Evaluate(activity))
            {
                results.Add(new CheckResult
                {
                    AccountId = activity.AccountId,
                    SweepRunId = run.Id,
                    RuleId = v.RuleId,
                    RuleVersion = v.RuleVersion,
                    CutoffUtc = v.CutoffUtc,
                    Verdict = v.Verdict,
                    Evidence = v.Evidence,
                    EvaluatedAt = now,
                });
            }
        }
        await BulkInserter.InsertAsync(db, results, ct);
    }
}
