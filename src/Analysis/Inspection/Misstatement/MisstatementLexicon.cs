using System.Globalization;

namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// The curated data behind <c>misstatement.*</c>, read from <c>models/lexicon/</c>: leaders.tsv, titles.tsv,
/// formulations.tsv and confusion.tsv (formats documented in each file's header). Immutable once loaded.
/// </summary>
public sealed class MisstatementLexicon
{
    public required string Version { get; init; }
    public required IReadOnlyList<LeaderTerm> Terms { get; init; }
    public required IReadOnlyList<TitleForm> Titles { get; init; }
    public required IReadOnlyList<Formulation> Formulations { get; init; }
    public required IReadOnlyDictionary<char, string> Confusions { get; init; }

    public IEnumerable<string> LeaderNames => Terms.Select(t => t.Name).Distinct();

    /// <summary>True when <paramref name="written"/> is a char commonly confused with <paramref name="correct"/>.</summary>
    public bool AreConfusable(char correct, char written) => (_pairs ??= Pairs()).Contains(correct << 16 | written);

    // Built on first use; two threads racing build equal sets, so the benign race needs no lock.
    private HashSet<int>? _pairs;

    private HashSet<int> Pairs() => Confusions.SelectMany(kv => kv.Value.Select(w => kv.Key << 16 | w)).ToHashSet();

    public static MisstatementLexicon Load(string folder)
    {
        var version = "";
        return new MisstatementLexicon
        {
            Terms = Rows(Path.Combine(folder, "leaders.tsv"), ref version)
                .Select(r => new LeaderTerm(r[0], r[1], Date(r[2])!.Value, r.Length > 3 ? Date(r[3]) : null))
                .ToList(),
            Titles = Rows(Path.Combine(folder, "titles.tsv"), ref version)
                .Select(r => new TitleForm(r[0], r[1], r.Length < 3 || r[2] != "weak"))
                .OrderByDescending(t => t.Surface.Length)
                .ToList(),
            Formulations = Rows(Path.Combine(folder, "formulations.tsv"), ref version)
                .Select(r => new Formulation(r[0], r.Length > 1 && r[1] == "official-name",
                    r.Length > 2 ? r[2].Split('|', StringSplitOptions.RemoveEmptyEntries) : []))
                .ToList(),
            Confusions = Confusable(Rows(Path.Combine(folder, "confusion.tsv"), ref version)
                .Concat(File.Exists(Path.Combine(folder, "confusion-extra.tsv")) ? Rows(Path.Combine(folder, "confusion-extra.tsv"), ref version) : [])),
            Version = version,
        };
    }

    private static List<string[]> Rows(string path, ref string version)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# version\t", StringComparison.Ordinal))
            {
                version = line[10..].Trim();
            }
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }
        return rows;
    }

    /// <summary>Merges rows of <c>char → confusable chars</c>; a pair counts both ways.</summary>
    private static Dictionary<char, string> Confusable(IEnumerable<string[]> rows)
    {
        var sets = new Dictionary<char, HashSet<char>>();
        foreach (var row in rows.Where(r => r.Length > 1 && r[0].Length == 1))
        {
            foreach (var c in row[1])
            {
                Link(sets, row[0][0], c);
                Link(sets, c, row[0][0]);
            }
        }
        return sets.ToDictionary(kv => kv.Key, kv => new string(kv.Value.Order().ToArray()));
    }

    private static void Link(Dictionary<char, HashSet<char>> sets, char a, char b)
    {
        if (!sets.TryGetValue(a, out var set))
        {
            sets[a] = set = [];
        }
        set.Add(b);
    }

    private static DateOnly? Date(string value) =>
        string.IsNullOrWhiteSpace(value) ? null : DateOnly.ParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
