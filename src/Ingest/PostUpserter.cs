using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Sources;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest;

/// <summary>
/// Stores what a source returned, idempotently: a post is keyed by account and platform id, so the same post twice
/// is stored once. An edit (the hash of title and text changed) keeps the earlier version as a <see cref="PostRevision"/>,
/// bumps <see cref="Post.Version"/> and puts the post back in the analysis queue. Flags (pinned, deleted, original,
/// repost) follow the latest fetch without counting as an edit. Saves once per call.
/// </summary>
public sealed class PostUpserter(MonitorDbContext db, TimeProvider time)
{
    public async Task<UpsertResult> UpsertAsync(GovAccount account, IReadOnlyList<SourcePost> posts, CancellationToken ct)
    {
        if (posts.Count == 0)
        {
            return new UpsertResult(0, 0, 0);
        }
        var now = time.GetUtcNow().UtcDateTime;
        // A source may repeat a post across pages: the last copy wins.
        var incoming = new Dictionary<string, SourcePost>(StringComparer.Ordinal);
        foreach (var p in posts)
        {
            incoming[p.PlatformPostId] = p;
        }
        var ids = incoming.Keys.ToList();
        var existing = await db.Posts
            .Where(p => p.AccountId == account.Id && ids.Contains(p.PlatformPostId))
            .ToDictionaryAsync(p => p.PlatformPostId, StringComparer.Ordinal, ct);

        int added = 0, changed = 0, unchanged = 0;
        foreach (var (id, source) in incoming)
        {
            var hash = ContentHash(source.Title, source.Text);
            if (!existing.TryGetValue(id, out var post))
            {
                post = new Post { AccountId = account.Id, PlatformPostId = id, ContentHash = hash, FetchedAt = now };
                CopyContent(post, source, hash);
                CopyFlags(post, source);
                db.Posts.Add(post);
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
        await db.SaveChangesAsync(ct);
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
