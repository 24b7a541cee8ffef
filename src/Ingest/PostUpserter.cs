using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Sources;

namespace Monitor.Ingest;

/// <summary>
/// Stores what a source returned, idempotently: a post is keyed by account and platform id, so the same post twice
/// is stored once. An edit (the hash of title and text changed) keeps the earlier version as a <see cref="PostRevision"/>,
/// bumps <see cref="Post.Version"/> and puts the post back in the analysis queue. Flags (pinned, deleted, original,
/// repost) follow the latest fetch without counting as an edit. One query for the stored posts per call, one save.
/// </summary>
public sealed class PostUpserter(MonitorDbContext db, TimeProvider time)
{
    public async Task<UpsertResult> UpsertAsync(GovAccount account, IReadOnlyList<SourcePost> posts, CancellationToken ct)
    {
        var result = (await StageAsync([(account, posts)], ct))[0];
        await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>
    /// Applies the posts of several accounts to the context without saving, with one query for the posts already
    /// stored, and returns one result per account in order. New and edited posts are left with
    /// <see cref="Post.AnalysedAt"/> null, so a caller can analyse them before its own save.
    /// </summary>
    public async Task<IReadOnlyList<UpsertResult>> StageAsync(IReadOnlyList<(GovAccount Account, IReadOnlyList<SourcePost> Posts)> batch, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var accountIds = batch.Select(b => b.Account.Id).Distinct().ToList();
        var postIds = batch.SelectMany(b => b.Posts).Select(p => p.PlatformPostId).Distinct().ToList();
        var existing = postIds.Count == 0
            ? []
            : await db.Posts.Where(p => accountIds.Contains(p.AccountId) && postIds.Contains(p.PlatformPostId))
                .ToDictionaryAsync(p => (p.AccountId, p.PlatformPostId), ct);
        return batch.Select(b => Apply(b.Account, b.Posts, existing, now)).ToList();
    }

    private UpsertResult Apply(GovAccount account, IReadOnlyList<SourcePost> posts, Dictionary<(long, string), Post> existing, DateTime now)
    {
        // A source may repeat a post across pages: the last copy wins.
        var incoming = new Dictionary<string, SourcePost>(StringComparer.Ordinal);
        foreach (var p in posts)
        {
            incoming[p.PlatformPostId] = p;
        }
        int added = 0, changed = 0, unchanged = 0;
        foreach (var (id, source) in incoming)
        {
            var hash = ContentHash(source.Title, source.Text);
            if (!existing.TryGetValue((account.Id, id), out var post))
            {
                post = new Post { AccountId = account.Id, PlatformPostId = id, ContentHash = hash, FetchedAt = now };
                CopyContent(post, source, hash);
                CopyFlags(post, source);
                db.Posts.Add(post);
                existing[(account.Id, id)] = post;
                added++;
                continue;
            }
            if (post.ContentHash != hash)
            {
                db.PostRevisions.Add(new PostRevision
                {
                    PostId = post.Id,
                    Version = post.Version,
                    Title = post.Title,
                    Text = post.Text,
                    RawHtml = post.RawHtml,
                    ContentHash = post.ContentHash,
                    ReplacedAt = now,
                });
                CopyContent(post, source, hash);
                post.Version++;
                post.AnalysedAt = null;
                post.FetchedAt = now;
                changed++;
            }
            else
            {
                unchanged++;
            }
            CopyFlags(post, source);
        }
        return new UpsertResult(added, changed, unchanged);
    }

    /// <summary>SHA-256 (hex) of the title and the text: the identity of one version of a post.</summary>
    public static string ContentHash(string? title, string text)
    {
        var content = string.IsNullOrEmpty(title) ? text : title + "\n" + text;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    private static void CopyContent(Post post, SourcePost source, string hash)
    {
        post.Title = source.Title;
        post.Text = source.Text;
        post.RawHtml = source.RawHtml;
        post.ContentHash = hash;
    }

    // Assigning equal values is free: EF only writes the properties whose values differ.
    private static void CopyFlags(Post post, SourcePost source)
    {
        post.Url = source.Url;
        post.PublishedAt = source.PublishedAt;
        post.IsOriginal = source.IsOriginal;
        post.IsRepost = source.IsRepost;
        post.RepostSource = source.RepostSource;
        post.IsPinned = source.IsPinned;
        post.IsDeleted = source.IsDeleted;
    }
}
