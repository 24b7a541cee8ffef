using Microsoft.EntityFrameworkCore;
using Monitor.Analysis.Feedback;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Review;

/// <summary>确认 / 误报 / 已整改 on one or many findings, each change audited with its before and after state.</summary>
public sealed class ReviewActions(MonitorDbContext db, AuditLog audit, IAllowList allowList, TimeProvider time)
{
    public static readonly IReadOnlyDictionary<ReviewStatus, string> Names = new Dictionary<ReviewStatus, string>
    {
        [ReviewStatus.Pending] = "待复核",
        [ReviewStatus.Confirmed] = "确认",
        [ReviewStatus.Dismissed] = "误报",
        [ReviewStatus.Fixed] = "已整改",
    };

    /// <summary>Returns how many findings changed. With <paramref name="allowWord"/>, dismissed typos' words join the allow-list.</summary>
    public async Task<int> ReviewAsync(IReadOnlyCollection<long> ids, ReviewStatus status, string? note, bool allowWord,
        string actor, CancellationToken ct)
    {
        var findings = await db.Findings.Where(f => ids.Contains(f.Id)).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var words = new List<(string Word, long Id)>();
        foreach (var f in findings)
        {
            var before = $"{Names[f.ReviewStatus]}{(f.ReviewNote is null ? "" : "：" + f.ReviewNote)}";
            f.ReviewStatus = status;
            f.Reviewer = actor;
            f.ReviewedAt = now;
            f.ReviewNote = note;
            audit.Add(actor, "finding." + status.ToString().ToLowerInvariant(), $"finding:{f.Id} {f.RuleId}", before,
                $"{Names[status]}{(note is null ? "" : "：" + note)}");
            if (allowWord && status == ReviewStatus.Dismissed && f.Kind == FindingKind.Typo)
            {
                words.Add((TypoWord(f), f.Id));
            }
        }
        await db.SaveChangesAsync(ct);
        foreach (var (word, id) in words.Where(w => w.Word.Length > 0).DistinctBy(w => w.Word))
        {
            if (await allowList.AddAsync(word, actor, $"finding:{id}", ct))
            {
                audit.Add(actor, "allowlist.add", word, null, $"来自误报 finding:{id}");
            }
        }
        await db.SaveChangesAsync(ct);
        return findings.Count;
    }

    /// <summary>
    /// The flagged word itself: the span of the original post (typos are not personal data, so this is safe to keep).
    /// A one-character span is widened to its context in the post (up to two characters either side), so that exact
    /// phrase is allowed and the character stays checked everywhere else.
    /// </summary>
    private string TypoWord(Finding f)
    {
        var post = db.Posts.AsNoTracking().Where(p => p.Id == f.PostId).Select(p => new { p.Title, p.Text }).First();
        var text = (f.Field == TextField.Title ? post.Title : post.Text) ?? "";
        if (f.Start < 0 || f.Start + f.Length > text.Length)
        {
            return "";
        }
        var word = text.Substring(f.Start, f.Length).Trim();
        if (word.Length >= DbAllowList.MinWordLength)
        {
            return word;
        }
        var from = Math.Max(0, f.Start - ContextChars);
        var to = Math.Min(text.Length, f.Start + f.Length + ContextChars);
        var context = text[from..to].Trim();
        return context.Length >= DbAllowList.MinWordLength && !context.Any(char.IsWhiteSpace) ? context : "";
    }

    private const int ContextChars = 2;
}
