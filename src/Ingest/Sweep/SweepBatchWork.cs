using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monitor.Analysis.Accounts;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// The work of one batch: fetch its accounts (outside any transaction), then in one transaction record the fetch
/// statuses, upsert the posts, analyse the posts not yet analysed, and replace the accounts' verdicts at the cut-off.
/// The caller commits it together with the batch's state, so the batch happens once or not at all.
/// </summary>
public sealed class SweepBatchWork(
    AccountFetcher fetcher, IPostAnalyser analyser, AccountChecker checker, AccountActivityLoader loader,
    TimeProvider time, IOptions<SweepOptions> options)
{
    public async Task<BatchOutcome> DoAsync(MonitorDbContext db, SweepBatch batch, SweepRun run, CancellationToken ct)
    {
        var accounts = await db.Accounts.Include(a => a.FetchStatus)
            .Where(a => a.Id >= batch.FirstAccountId && a.Id <= batch.LastAccountId && a.Status == AccountStatus.Active)
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var outcomes = new FetchOutcome[accounts.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, accounts.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.FetchConcurrency), CancellationToken = ct },
            async (i, c) => outcomes[i] = await fetcher.FetchAsync(accounts[i], run.CutoffUtc, now, c));

        var upserter = new PostUpserter(db, time);
        int newPosts = 0, failed = 0;
        for (var i = 0; i < accounts.Count; i++)
        {
            var account = accounts[i];
            var outcome = outcomes[i];
            if (outcome.Result is { } result)
            {
                FetchStatusUpdater.Succeeded(account.FetchStatus ??= new FetchStatus { AccountId = account.Id }, result, now);
                newPosts += (await upserter.UpsertAsync(account, result.Posts, ct)).Added;
            }
            else if (outcome.Error is { } error)
            {
                FetchStatusUpdater.Failed(account.FetchStatus ??= new FetchStatus { AccountId = account.Id }, error, now);
            }
            failed += account.FetchStatus?.LastAttemptFailed == true ? 1 : 0;
        }
        await db.SaveChangesAsync(ct);

        var newFindings = await AnalyseAsync(db, accounts, now, ct);
        await EvaluateAsync(db, accounts, run, now, ct);
        return new BatchOutcome(accounts.Count, failed, newPosts, newFindings);
    }

    private async Task<int> AnalyseAsync(MonitorDbContext db, List<GovAccount> accounts, DateTime now, CancellationToken ct)
    {
        var byId = accounts.ToDictionary(a => a.Id);
        var ids = byId.Keys.ToList();
        var pending = await db.Posts.Where(p => ids.Contains(p.AccountId) && p.AnalysedAt == null).ToListAsync(ct);
        var count = 0;
        foreach (var post in pending)
        {
            var findings = analyser.Analyse(post, byId[post.AccountId]);
            db.Findings.AddRange(findings);
            count += findings.Count;
            post.AnalysedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return count;
    }

    private async Task EvaluateAsync(MonitorDbContext db, List<GovAccount> accounts, SweepRun run, DateTime now, CancellationToken ct)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var cutoff = run.CutoffUtc;
        // One verdict per account, rule and cut-off: a re-run replaces the earlier verdicts.
        await db.CheckResults.Where(c => ids.Contains(c.AccountId) && c.CutoffUtc == cutoff).ExecuteDeleteAsync(ct);
        foreach (var activity in await loader.LoadAsync(db, accounts, cutoff, ct))
        {
            foreach (var v in checker.Evaluate(activity))
            {
                db.CheckResults.Add(new CheckResult
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
        await db.SaveChangesAsync(ct);
    }
}
