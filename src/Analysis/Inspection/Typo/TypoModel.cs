using Monitor.Analysis.Segmentation;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Everything the typo checker reads from <c>models/</c>: the char language model and the confusion set
/// (<c>typo/</c>), the broad vocabulary, jieba's dictionary (word evidence) and the protected lexicon: GB/T 2260 place names, leaders'
/// names and formulations (misstatement's to judge), and <c>typo/protected.txt</c>.
/// </summary>
internal sealed class TypoModel(CharLanguageModel lm, ConfusionSet confusions, PrefixTrie dictionary, WordSet protectedWords,
    BroadVocabulary broad, AcceptanceModel? acceptance = null)
{
    public CharLanguageModel Lm { get; } = lm;
    public ConfusionSet Confusions { get; } = confusions;
    public PrefixTrie Dictionary { get; } = dictionary;
    public WordSet Protected { get; } = protectedWords;

    /// <summary>General Chinese word frequencies (<c>typo/broad.bin.gz</c>); empty when the file is missing.</summary>
    public BroadVocabulary Broad { get; } = broad;

    /// <summary>The learned acceptance step (<c>typo/acceptance.tsv</c>); null when the file is missing.</summary>
    public AcceptanceModel? Acceptance { get; } = acceptance;

    public static TypoModel Load(string models)
    {
        var typo = Path.Combine(models, "typo");
        return new TypoModel(
            CharLanguageModel.Load(Path.Combine(typo, CharLanguageModel.FileName)),
            ConfusionSet.Load(Path.Combine(typo, ConfusionSet.FileName)),
            PrefixTrie.Load(Path.Combine(models, "jieba", "dict.bin.gz")),
            new WordSet(ProtectedWords(models)),
            BroadVocabulary.Load(Path.Combine(typo, BroadVocabulary.FileName)),
            AcceptanceModel.Load(Path.Combine(typo, AcceptanceModel.FileName)));
    }

    /// <summary>jieba's frequency of a word, 0 when it is no word (a prefix or unknown).</summary>
    public int WordFrequency(ReadOnlySpan<char> word)
    {
        var node = Dictionary.Find(word);
        return node == PrefixTrie.None ? 0 : Dictionary.Frequencies[node];
    }

    private static IEnumerable<string> ProtectedWords(string models)
    {
        foreach (var row in Rows(Path.Combine(models, "regions", "gb2260.tsv")))
        {
            var name = row[1];
            yield return name;
            // Places are often written without their suffix (乌兰察布市 → 乌兰察布).
            foreach (var suffix in new[] { "自治区", "自治州", "自治县", "地区", "省", "市", "县", "区", "盟", "旗" })
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
                {
                    yield return name[..^suffix.Length];
                    break;
                }
            }
        }
        foreach (var row in Rows(Path.Combine(models, "lexicon", "leaders.tsv")))
        {
            yield return row[0];
        }
        foreach (var row in Rows(Path.Combine(models, "lexicon", "formulations.tsv")))
        {
            yield return row[0];
        }
        foreach (var row in Rows(Path.Combine(models, "typo", "protected.txt")))
        {
            yield return row[0];
        }
    }

    private static IEnumerable<string[]> Rows(string path) => File.Exists(path)
        ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Where(r => r[0].Length > 0)
        : [];
}
