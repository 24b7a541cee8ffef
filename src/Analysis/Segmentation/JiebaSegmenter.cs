namespace Monitor.Analysis.Segmentation;

/// <summary>
/// jieba 0.42.1's precise mode with HMM (<c>jieba.cut(text)</c>) over <c>models/jieba/</c>, plus user words.
/// Readers work on an immutable <see cref="SegmenterState"/>; <see cref="AddWord"/> publishes a new one.
/// </summary>
public sealed class JiebaSegmenter : ISegmenter
{
    private readonly Lock _writeLock = new();
    private volatile SegmenterState _state;

    private JiebaSegmenter(SegmenterState state) => _state = state;

    /// <summary>
    /// Loads <c>jieba/dict.bin.gz</c> and <c>jieba/hmm.bin.gz</c> from a models folder, then (unless told not to, for
    /// output that must be jieba's own) every <c>userdict/*.txt</c> in file-name order.
    /// </summary>
    public static JiebaSegmenter Load(string modelsDirectory, bool userDictionaries = true)
    {
        var jieba = Path.Combine(modelsDirectory, "jieba");
        var trie = PrefixTrie.Load(Path.Combine(jieba, "dict.bin.gz"));
        var hmm = HmmModel.Load(Path.Combine(jieba, "hmm.bin.gz"));
        var segmenter = new JiebaSegmenter(new SegmenterState(trie, hmm, null, trie.Total, new HashSet<string>()));
        var userFolder = Path.Combine(modelsDirectory, "userdict");
        if (userDictionaries && Directory.Exists(userFolder))
        {
            foreach (var file in Directory.GetFiles(userFolder, "*.txt").Order(StringComparer.Ordinal))
            {
                segmenter.AddWords(UserDictionaryParser.Parse(File.ReadAllBytes(file)));
            }
        }
        return segmenter;
    }

    public IReadOnlyList<string> Cut(string text)
    {
        var spans = new List<TokenSpan>();
        Cut(text.AsSpan(), spans);
        var words = new string[spans.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = text.Substring(spans[i].Start, spans[i].Length);
        }
        return words;
    }

    public void Cut(ReadOnlySpan<char> text, List<TokenSpan> tokens) =>
        BlockSplitter.Cut(_state, text, hmm: true, tokens, SegmentScratch.Current);

    public void AddWord(string word, long? frequency = null) => AddWords([(word, frequency)]);

    /// <summary>Adds words in order, as jieba's <c>load_userdict</c> does, publishing the result once.</summary>
    public void AddWords(IEnumerable<(string Word, long? Frequency)> words)
    {
        lock (_writeLock)
        {
            var state = _state;
            var user = state.User?.Clone() ?? new UserTrie();
            var forceSplit = new HashSet<string>(state.ForceSplit);
            foreach (var (word, frequency) in words)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(frequency ?? 0, nameof(frequency));
                if (word.Length == 0)
                {
                    continue;
                }
                var value = frequency ?? SuggestedFrequency.For(state, word);
                user.Add(word, value);
                state = state with { User = user, Total = state.Total + value };
                if (value == 0)
                {
                    forceSplit.Add(word);
                }
            }
            _state = state with { ForceSplit = forceSplit };
        }
    }
}
