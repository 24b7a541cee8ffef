using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Feedback;

/// <summary>The allow-list in the <c>allowed_words</c> table, cached in memory and refreshed after every change made here.</summary>
public sealed class DbAllowList(IDbContextFactory<MonitorDbContext> factory, TimeProvider time) : IAllowList
{
    private volatile IReadOnlySet<string>? _cache;

    public IReadOnlySet<string> Snapshot()
    {
        if (_cache is { } cached)
        {
            return cached;
        }
        using var db = factory.CreateDbContext();
        return _cache = db.AllowedWords.Select(w => w.Word).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> AddAsync(string word, string addedBy, string? note, CancellationToken ct)
    {
        word = word.Trim();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (word.Length == 0 || await db.AllowedWords.AnyAsync(w => w.Word == word, ct))
        {
            return false;
        }
        db.AllowedWords.Add(new AllowedWord { Word = word, AddedBy = addedBy, AddedAt = time.GetUtcNow().UtcDateTime, Note = note });
        await db.SaveChangesAsync(ct);
        _cache = null;
        return true;
    }

    public async Task<bool> RemoveAsync(string word, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var removed = await db.AllowedWords.Where(w => w.Word == word).ExecuteDeleteAsync(ct);
        _cache = null;
        return removed > 0;
    }
}
