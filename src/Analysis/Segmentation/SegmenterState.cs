namespace Monitor.Analysis.Segmentation;

/// <summary>
/// One immutable version of the dictionary: a reader takes it once per call, so a concurrent <c>AddWord</c>
/// (which publishes a new version) never shows it half an update.
/// </summary>
internal sealed record SegmenterState(PrefixTrie Trie, HmmModel Hmm, UserTrie? User, long Total, IReadOnlySet<string> ForceSplit)
{
    /// <summary>jieba's <c>log(total)</c>, subtracted from every word's log frequency (computed, so <c>with</c> keeps it right).</summary>
    public double LogTotal => Math.Log(Total);

    /// <summary>jieba's <c>FREQ.get(fragment)</c>, 0 for a prefix or an unknown fragment.</summary>
    public long Frequency(ReadOnlySpan<char> fragment)
    {
        if (User is not null)
        {
            var userNode = User.Find(fragment);
            if (userNode != PrefixTrie.None && User.HasFrequency(userNode))
            {
                return User.Frequency(userNode);
            }
        }
        var node = Trie.Find(fragment);
        return node == PrefixTrie.None ? 0 : Trie.Frequencies[node];
    }

    /// <summary>Whether <paramref name="fragment"/> is a key of jieba's <c>FREQ</c> (a word or a prefix of one).</summary>
    public bool Contains(ReadOnlySpan<char> fragment) =>
        Trie.Find(fragment) != PrefixTrie.None || (User is not null && User.Find(fragment) != PrefixTrie.None);
}
