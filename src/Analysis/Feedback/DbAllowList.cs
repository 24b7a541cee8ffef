using Microsoft.EntityFrameworkCore;
using Monitor.Analysis.Inspection.Typo;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Feedback;

/// <summary>
/// The allow-list in the <c>allowed_words</c> table, cached in memory. Every read of the table hands the typo checker
/// the whole list: words added join it, words removed (here or by another process) leave it.
/// </summary>
public sealed class DbAllowList(IDbContextFactory<MonitorDbContext> factory, TimeProvider time, TypoInspector typo) : IAllowList
{
    /// <summary>
    /// A single allowed character would switch the typo check off for every word containing it (是, 的 …): the list
    /// holds words or the exact context of a dismissed finding, never fewer than this many characters.
    /// </summary>
    public const int MinWordLength = 2;

    private volatile IReadOnlySet<string>? _cache;

    public IReadOnlySet<string> Snapshot()
    {
        if (_cache is { } cached)
        {
            return cached;
        }
        using var db = factory.CreateDbContext();
        return Apply(db.AllowedWords.Select(w => w.Word).ToHashSet(StringComparer.Ordinal));
    }

    public async Task<IReadOnlySet<string>> RefreshAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return Apply(await db.AllowedWords.Select(w => w.Word).ToHashSetAsync(StringComparer.Ordinal, ct));
    }

    public async Task<bool> AddAsync(string word, string addedBy, string? note, CancellationToken ct)
    {
        word = word.Trim();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (word.Length < MinWordLength || await db.AllowedWords.AnyAsync(w => w.Word == word, ct))
        {
            return false;
        }
        db.AllowedWords.Add(new AllowedWord { Word = word, AddedBy = addedBy, AddedAt = time.GetUtcNow().UtcDateTime, Note = note });
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return true;
    }

    public async Task<bool> RemoveAsync(string word, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var removed = await db.AllowedWords.Where(w => w.Word == word).ExecuteDeleteAsync(ct);
        await RefreshAsync(ct);
        return removed > 0;
    }

    private IReadOnlySet<string> Apply(HashSet<string> words)
    {
        // Single characters stored before the minimum existed are kept in the table (visible, removable) but not applied.
        words.RemoveWhere(w => w.Length < MinWordLength);
        typo.SetAllowedWords(words);
        return _cache = words;
    }
}
