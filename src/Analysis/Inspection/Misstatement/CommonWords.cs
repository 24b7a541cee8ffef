using Monitor.Analysis.Segmentation;
using Monitor.Shared;

namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// jieba's dictionary as a yes/no word list, to keep real words from passing for slips (高质量的发展 is two words
/// and a particle, not 高质量发展 with a char added). Loaded on the first near-miss, since most posts have none; a
/// missing dictionary only turns the guard off.
/// </summary>
internal static class CommonWords
{
    private static readonly Lazy<PrefixTrie?> Trie = new(Load);

    public static bool IsWord(ReadOnlySpan<char> text)
    {
        var trie = Trie.Value;
        if (trie is null || text.IsEmpty)
        {
            return false;
        }
        var node = trie.Find(text);
        return node != PrefixTrie.None && trie.Frequencies[node] > 0;
    }

    private static PrefixTrie? Load()
    {
        var path = Path.Combine(RepoPaths.Models(), "jieba", "dict.bin.gz");
        return File.Exists(path) ? PrefixTrie.Load(path) : null;
    }
}
