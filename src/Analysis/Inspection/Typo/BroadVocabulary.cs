using Monitor.Analysis.Segmentation;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Words general Chinese knows, with their frequency in a large general corpus: rime-essay (converted to simplified)
/// and fcitx5's libime dictionary, from <c>models/typo/broad.bin.gz</c> (built by <c>scripts/extract-broad-vocab.py</c>).
/// The language model learned government documents only; this says whether a word it finds odd (盲盒, 戴好, 救火) is
/// in fact common.
/// </summary>
internal sealed class BroadVocabulary(PrefixTrie? trie)
{
    public const string FileName = "broad.bin.gz";

    // Longer words are names and phrases whose frequency says little about the chars in them.
    private const int MaxWordLength = 6;

    /// <summary>An empty vocabulary: every word unknown (when the file is missing).</summary>
    public static BroadVocabulary Empty { get; } = new(null);

    private readonly PrefixTrie? _trie = trie;

    public static BroadVocabulary Load(string path) => File.Exists(path) ? new(PrefixTrie.Load(path)) : Empty;

    /// <summary>The frequency of a word, 0 when the vocabulary does not have it.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        if (_trie is null)
        {
            return 0;
        }
        var node = _trie.Find(word);
        return node == PrefixTrie.None ? 0 : _trie.Frequencies[node];
    }

    /// <summary>
    /// The most frequent word of 2–6 chars in <paramref name="text"/> that overlaps chars
    /// <paramref name="at"/>..<paramref name="at"/>+<paramref name="length"/>-1, as its frequency and length (0, 0 if none).
    /// </summary>
    public (int Frequency, int Length) Best(ReadOnlySpan<char> text, int at, int length)
    {
        var best = (0, 0);
        if (_trie is null)
        {
            return best;
        }
        for (var start = Math.Max(0, at - MaxWordLength + 1); start < at + length; start++)
        {
            var node = _trie.RootChild(text[start]);
            for (var end = start + 1; node != PrefixTrie.None && end < text.Length && end - start < MaxWordLength; end++)
            {
                node = _trie.Child(node, text[end]);
                if (node == PrefixTrie.None)
                {
                    break;
                }
                var frequency = _trie.Frequencies[node];
                if (end >= at && frequency > best.Item1)
                {
                    best = (frequency, end - start + 1);
                }
            }
        }
        return best;
    }
}
