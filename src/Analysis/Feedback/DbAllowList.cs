using Microsoft.EntityFrameworkCore;
using Monitor.Analysis.Inspection.Typo;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Feedback;

/// <summary>
/// The allow-list in the <c>allowed_words</c> table, cached in memory and refreshed after every change made here.
/// Every word it holds is handed to the typo checker, so a word a reviewer allowed is never flagged again.
/// </summary>
public sealed class DbAllowList(IDbContextFactory<MonitorDbContext> factory, TimeProvider time, TypoInspector typo) : IAllowList
{
    private volatile IReadOnlySet<string>? _cache;

    public IReadOnlySet<string> Snapshot()
    {
        if (_cache is { } cached)
        {
            return cached;
        }
        using var db = factory.CreateDbContext();
        var words = db.AllowedWords.Select(w => w.Word).ToHashSet(StringComparer.Ordinal);
        foreach (var word in words)
        {
            typo.AddAllowedWord(word);
        }
        return _cache = words;
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
        typo.AddAllowedWord(word);
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
