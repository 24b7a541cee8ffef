namespace Monitor.Analysis.Segmentation;

/// <summary>
/// Words added at run time (user dictionary, <c>AddWord</c>) and their prefixes, over the read-only
/// <see cref="PrefixTrie"/>. A word here overrides the dictionary's frequency, 0 included (jieba's <c>del_word</c>).
/// Readers share an instance; writers change a <see cref="Clone"/> and publish it.
/// </summary>
internal sealed class UserTrie
{
    private const long PrefixOnly = -1;

    private readonly Dictionary<long, int> _children; // (parent << 16 | character) → child; node 0 is the root
    private readonly List<long> _frequencies;
    private readonly List<double> _logFrequencies;

    public UserTrie() : this(new Dictionary<long, int>(), [PrefixOnly], [0])
    {
    }

    private UserTrie(Dictionary<long, int> children, List<long> frequencies, List<double> logFrequencies)
    {
        _children = children;
        _frequencies = frequencies;
        _logFrequencies = logFrequencies;
    }

    public int Child(int node, char c) => _children.TryGetValue((long)node << 16 | c, out var child) ? child : PrefixTrie.None;

    /// <summary>True when the word ending at <paramref name="node"/> was added here (its frequency overrides the dictionary's).</summary>
    public bool HasFrequency(int node) => _frequencies[node] != PrefixOnly;

    public long Frequency(int node) => _frequencies[node];

    public double LogFrequency(int node) => _logFrequencies[node];

    public int Find(ReadOnlySpan<char> fragment)
    {
        var node = fragment.IsEmpty ? PrefixTrie.None : 0;
        for (var i = 0; i < fragment.Length && node != PrefixTrie.None; i++)
        {
            node = Child(node, fragment[i]);
        }
        return node;
    }

    public void Add(string word, long frequency)
    {
        var node = 0;
        foreach (var c in word)
        {
            var key = (long)node << 16 | c;
            if (!_children.TryGetValue(key, out var child))
            {
                child = _frequencies.Count;
                _children.Add(key, child);
                _frequencies.Add(PrefixOnly);
                _logFrequencies.Add(0);
            }
            node = child;
        }
        _frequencies[node] = frequency;
        _logFrequencies[node] = frequency > 0 ? Math.Log(frequency) : 0;
    }

    public UserTrie Clone() => new(new Dictionary<long, int>(_children), [.. _frequencies], [.. _logFrequencies]);
}
