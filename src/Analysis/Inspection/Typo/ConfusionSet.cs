namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// For each char, the frequent chars it is mistyped for (same pinyin or similar shape), from
/// <c>models/typo/confusion.tsv</c> (built by <c>scripts/build-typo-confusions.py</c>).
/// </summary>
internal sealed class ConfusionSet
{
    public const string FileName = "confusion.tsv";
    private readonly Dictionary<char, char[]> _candidates;

    private ConfusionSet(Dictionary<char, char[]> candidates) => _candidates = candidates;

    public int Count => _candidates.Count;

    public ReadOnlySpan<char> For(char c) => _candidates.TryGetValue(c, out var list) ? list : [];

    /// <summary>Every char some list offers.</summary>
    public IEnumerable<char> Candidates => _candidates.Values.SelectMany(list => list).Distinct();

    /// <summary>The same lists cut to their first <paramref name="max"/> chars, less those <paramref name="excluded"/>.</summary>
    public ConfusionSet Restricted(int max, Func<char, bool> excluded) => new(_candidates.ToDictionary(
        kv => kv.Key, kv => kv.Value.Take(max).Where(c => !excluded(c)).ToArray()));

    public static ConfusionSet Load(string path)
    {
        var map = new Dictionary<char, char[]>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length < 3 || line[0] == '#' || line[1] != '\t')
            {
                continue;
            }
            map[line[0]] = line[2..].Where(c => c != line[0]).ToArray();
        }
        return new ConfusionSet(map);
    }
}
