using Monitor.Shared;

namespace Monitor.Analysis.Inspection.Pii;

/// <summary>The data behind the personal-data checks, read from <c>models/pii/</c> (one value per line, <c>#</c> comments).</summary>
public sealed class PiiTables
{
    public required IReadOnlySet<int> IdProvinces { get; init; }
    public required IReadOnlySet<int> MobilePrefixes { get; init; }
    /// <summary>Context words by kind (<c>id</c>, <c>bank</c>, <c>code</c>).</summary>
    public required IReadOnlyList<(string Word, string Kind)> ContextWords { get; init; }

    public static PiiTables Load(string? folder = null)
    {
        folder ??= Path.Combine(RepoPaths.Models(), "pii");
        return new PiiTables
        {
            IdProvinces = Rows(Path.Combine(folder, "id-province-prefixes.tsv")).Select(r => int.Parse(r[0])).ToHashSet(),
            MobilePrefixes = Rows(Path.Combine(folder, "mobile-prefixes.tsv")).Select(r => int.Parse(r[0])).ToHashSet(),
            // Longest first, so 身份证号 wins over a shorter word ending at the same place.
            ContextWords = Rows(Path.Combine(folder, "context-words.tsv"))
                .Select(r => (Word: r[1], Kind: r[0]))
                .OrderByDescending(r => r.Word.Length)
                .ToList(),
        };
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'));
}
