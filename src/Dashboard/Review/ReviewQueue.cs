using Microsoft.EntityFrameworkCore;
using Monitor.Shared;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Review;

/// <summary>
/// The review queue: newest first with keyset paging on the finding id (no OFFSET, so page 1,000 costs what page 1
/// costs), served by the (review_status, kind, id) and (review_status, id) indexes.
/// </summary>
public sealed class ReviewQueue(MonitorDbContext db)
{
    public const int PageSize = 30;
    private const int ContextChars = 40;

    public async Task<List<QueueItem>> PageAsync(QueueFilter f, CancellationToken ct)
    {
        var q = Query(f);
        if (f.To is { } until)
        {
            // Without this the newest-first scan walks every later finding before reaching the range. Ids grow with
            // creation time; the hour of margin covers findings written slightly out of order by concurrent batches.
            var margin = StartUtc(until.AddDays(1)).AddHours(1);
            var bound = await db.Findings.Where(x => x.CreatedAt >= margin).OrderBy(x => x.CreatedAt)
                .Select(x => (long?)x.Id).FirstOrDefaultAsync(ct);
            if (bound is { } b)
            {
                q = q.Where(x => x.Id < b);
            }
        }
        var ordered = f.Oldest ? q.OrderBy(x => x.Id) : q.OrderByDescending(x => x.Id);
        var findings = await ordered.Take(PageSize).AsNoTracking().ToListAsync(ct);
        var postIds = findings.Select(x => x.PostId).Distinct().ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => postIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.Text, p.PublishedAtUtc, p.PublishedOffsetMinutes, p.Url, p.AccountId })
            .ToDictionaryAsync(p => p.Id, ct);
        // Every personal-data span of these posts is masked before any text is shown, whichever finding is on screen.
        var piiSpans = await db.Findings.AsNoTracking()
            .Where(x => postIds.Contains(x.PostId) && x.Kind == FindingKind.PersonalDataLeak)
            .Select(x => new { x.PostId, x.Field, x.Start, x.Length })
            .ToListAsync(ct);
        var accountIds = findings.Select(x => x.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);

        var items = new List<QueueItem>();
        foreach (var x in findings)
        {
            var p = posts[x.PostId];
            var field = (x.Field == TextField.Title ? p.Title : p.Text) ?? "";
            var text = PiiMasking.Apply(field, piiSpans.Where(s => s.PostId == x.PostId && s.Field == x.Field).Select(s => (s.Start, s.Length)));
            var start = Math.Clamp(x.Start, 0, text.Length);
            var end = Math.Clamp(x.Start + x.Length, start, text.Length);
            var from = Math.Max(0, start - ContextChars);
            var to = Math.Min(text.Length, end + ContextChars);
            var published = new DateTimeOffset(DateTime.SpecifyKind(p.PublishedAtUtc, DateTimeKind.Unspecified), TimeSpan.Zero)
                .ToOffset(TimeSpan.FromMinutes(p.PublishedOffsetMinutes));
            items.Add(new QueueItem(x, accounts[x.AccountId], p.Title, published, p.Url,
                (from > 0 ? "…" : "") + text[from..start], text[start..end], text[end..to] + (to < text.Length ? "…" : "")));
        }
        return items;
    }

    public IQueryable<Finding> Query(QueueFilter f)
    {
        var q = db.Findings.Where(x => x.ReviewStatus == f.Status);
        if (f.Kind is { } kind)
        {
            q = q.Where(x => x.Kind == kind);
        }
        if (f.Account is { } account)
        {
            q = q.Where(x => x.AccountId == account);
        }
        if (!string.IsNullOrWhiteSpace(f.Region) || f.Platform is not null)
        {
            var accounts = db.Accounts.AsQueryable();
            if (!string.IsNullOrWhiteSpace(f.Region))
            {
                var prefix = f.Region.Trim();
                accounts = accounts.Where(a => a.RegionCode != null && a.RegionCode.StartsWith(prefix));
            }
            if (f.Platform is { } platform)
            {
                accounts = accounts.Where(a => a.Platform == platform);
            }
            q = q.Where(x => accounts.Select(a => a.Id).Contains(x.AccountId));
        }
        if (f.From is { } from)
        {
            var fromUtc = StartUtc(from);
            q = q.Where(x => x.CreatedAt >= fromUtc);
        }
        if (f.To is { } to)
        {
            var toUtc = StartUtc(to.AddDays(1));
            q = q.Where(x => x.CreatedAt < toUtc);
        }
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var text = f.Text.Trim();
            q = q.Where(x => db.Posts.Where(p => p.Text.Contains(text) || (p.Title != null && p.Title.Contains(text))).Select(p => p.Id).Contains(x.PostId));
        }
        if (f.Before is { } before)
        {
            q = q.Where(x => x.Id < before);
        }
        if (f.After is { } after)
        {
            q = q.Where(x => x.Id > after);
        }
        return q;
    }

    /// <summary>Midnight in China, as a UTC instant.</summary>
    private static DateTime StartUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset, DateTimeKind.Utc);
}
