using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Sources;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest;

// TEMPORARY minimal version so the demo loads; replaced by the sweep's idempotent upserter with revisions.
public sealed class PostUpserter(MonitorDbContext db, TimeProvider time)
{
    public sealed record UpsertResult(int Added, int Changed, int Unchanged);

    public async Task<UpsertResult> UpsertAsync(GovAccount account, IReadOnlyList<SourcePost> posts, CancellationToken ct)
    {
        var ids = posts.Select(p => p.PlatformPostId).ToList();
        var existing = await db.Posts.Where(p => p.AccountId == account.Id && ids.Contains(p.PlatformPostId)).Select(p => p.PlatformPostId).ToListAsync(ct);
        var added = 0;
        foreach (var p in posts.Where(p => !existing.Contains(p.PlatformPostId)))
        {
            db.Posts.Add(new Post
            {
                AccountId = account.Id, PlatformPostId = p.PlatformPostId, Url = p.Url, Title = p.Title, Text = p.Text,
                RawHtml = p.RawHtml, PublishedAt = p.PublishedAt, IsOriginal = p.IsOriginal, IsRepost = p.IsRepost,
                RepostSource = p.RepostSource, IsPinned = p.IsPinned, IsDeleted = p.IsDeleted,
                FetchedAt = time.GetUtcNow().UtcDateTime, ContentHash = "",
            });
            added++;
        }
        await db.SaveChangesAsync(ct);
        return new UpsertResult(added, 0, existing.Count);
    }
}
