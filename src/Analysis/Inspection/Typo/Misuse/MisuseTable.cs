using System.Buffers;
using System.Collections.Frozen;

namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// The misuse rules' data: the hand-maintained <c>typo/misuse.tsv</c> (word pairs and the word lists of the 的/地/得
/// rules) and jieba's part-of-speech tags of verbs, adjectives and common nouns (<c>typo/misuse-pos.tsv</c>, built by
/// <c>scripts/extract-misuse-pos.py</c>).
/// </summary>
internal sealed class MisuseTable
{
    public const string FileName = "misuse.tsv";
    public const string PosFileName = "misuse-pos.tsv";

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _tags;
    private readonly bool[] _singleCharPairs;

    private MisuseTable(List<string[]> rows, FrozenDictionary<string, string> tags)
    {
        _tags = tags.GetAlternateLookup<ReadOnlySpan<char>>();
        WordSet Words(string kind) => new(rows.Where(r => r[0] == kind).Select(r => r[1]));
        PureAdverbs = new WordSet(rows.Where(r => r[0] == "adverb" && Column(r, 2) == "pure").Select(r => r[1]));
        AdjectiveAdverbs = new WordSet(rows.Where(r => r[0] == "adverb" && Column(r, 2) == "adjective").Select(r => r[1]));
        Predicates = Words("predicate");
        StrictPredicates = new WordSet(rows.Where(r => r[0] == "predicate" && Column(r, 2) == "strict").Select(r => r[1]));
        Modals = Words("modal");
        Heads = Words("head");
        NotVerbs = Words("notverb");
        Degrees = Words("degree");
        Evaluatives = Words("evaluative");
        Pronouns = Words("pronoun");
        var pairs = rows.Where(r => r[0] == "pair").Select(r => MisusePair.Parse(r[1], Column(r, 2), Column(r, 3))).ToList();
        if (pairs.Any(p => p.Wrong.Length != p.Right.Length || p.Wrong.Length == 0))
        {
            throw new InvalidDataException($"{FileName}: a pair's two forms must have the same length");
        }
        Pairs = pairs.GroupBy(p => p.Wrong[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Wrong.Length).ToArray());
        PairGate = new BigramGate(pairs.Where(p => p.Wrong.Length >= 2).Select(p => (p.Wrong[0], p.Wrong[1])));
        _singleCharPairs = new bool[char.MaxValue + 1];
        foreach (var pair in pairs.Where(p => p.Wrong.Length == 1))
        {
            _singleCharPairs[pair.Wrong[0]] = true;
        }
        Adverbs = new WordSet(PureAdverbs.Words.Concat(AdjectiveAdverbs.Words));
        if (Adverbs.Words.Any(w => w.Length < 2))
        {
            throw new InvalidDataException($"{FileName}: adverbs have two chars or more (the trigger scan gates on the last two)");
        }
        AdverbEnds = new BigramGate(Adverbs.Words.Select(w => (w[^2], w[^1])));
        DegreeStarts = SearchValues.Create(Degrees.Words.Select(w => w[0]).Distinct().ToArray());
        PronounEnds = SearchValues.Create(Pronouns.Words.Select(w => w[^1]).Distinct().ToArray());
    }

    public WordSet PureAdverbs { get; }
    public WordSet AdjectiveAdverbs { get; }
    public WordSet Predicates { get; }
    public WordSet StrictPredicates { get; }
    public WordSet Modals { get; }
    public WordSet Heads { get; }
    public WordSet NotVerbs { get; }
    public WordSet Degrees { get; }
    public WordSet Evaluatives { get; }
    public WordSet Pronouns { get; }

    /// <summary>Word pairs by the first char of the wrong form, longest first.</summary>
    public FrozenDictionary<char, MisusePair[]> Pairs { get; }

    /// <summary>The first two chars of the wrong forms of two chars or more: the trigger scan's gate.</summary>
    public BigramGate PairGate { get; }

    /// <summary>Whether a wrong form of one char (象) is this char.</summary>
    public bool IsSingleCharPair(char c) => _singleCharPairs[c];

    /// <summary>Every adverb, pure or adjective.</summary>
    public WordSet Adverbs { get; }

    /// <summary>The last two chars of the adverbs: a gate before the word lookups, since most 的 follow no adverb.</summary>
    public BigramGate AdverbEnds { get; }

    /// <summary>First chars of the degree words, last chars of the pronouns: one-char gates.</summary>
    public SearchValues<char> DegreeStarts { get; }
    public SearchValues<char> PronounEnds { get; }

    /// <summary>jieba's tag of a word (v, vn, a, ad, n), or null when the word is not in <c>misuse-pos.tsv</c>.</summary>
    public string? Tag(ReadOnlySpan<char> word) => _tags.TryGetValue(word, out var tag) ? tag : null;

    /// <summary>Reads both files from a <c>typo/</c> folder; a missing file means no rules of its kind (no pairs, no tags).</summary>
    public static MisuseTable Load(string typoFolder) => new(
        Rows(Path.Combine(typoFolder, FileName)).ToList(),
        Rows(Path.Combine(typoFolder, PosFileName)).ToFrozenDictionary(r => r[0], r => Column(r, 1), StringComparer.Ordinal));

    private static string Column(string[] row, int i) => i < row.Length ? row[i] : "";

    private static IEnumerable<string[]> Rows(string path) => File.Exists(path)
        ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Where(r => r[0].Length > 0)
        : [];
}
