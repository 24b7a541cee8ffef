namespace Monitor.Analysis.Segmentation;

/// <summary>
/// jieba's <c>calc</c>: from the end of the block backwards, the word starting at each position that maximises
/// <c>(log(freq) - log(total)) + score[end + 1]</c>, in that order of operations so the doubles match Python's.
/// Python takes the max of (score, end) tuples, so on equal scores the longer word wins: hence <c>&gt;=</c>.
/// </summary>
internal static class Route
{
    public static void Compute(SegmenterState state, ReadOnlySpan<char> block, SegmentScratch scratch)
    {
        var n = block.Length;
        scratch.EnsureBlock(n);
        var score = scratch.Score;
        var ends = scratch.End;
        var trie = state.Trie;
        var frequencies = trie.Frequencies;
        var logs = trie.LogFrequencies;
        var logTotal = state.LogTotal;
        score[n] = 0;
        for (var k = n - 1; k >= 0; k--)
        {
            var bestEnd = -1;
            var best = 0.0;
            if (state.User is null)
            {
                var node = trie.RootChild(block[k]);
                for (var i = k; node != PrefixTrie.None;)
                {
                    if (frequencies[node] > 0)
                    {
                        var candidate = logs[node] - logTotal + score[i + 1];
                        if (bestEnd < 0 || candidate >= best)
                        {
                            best = candidate;
                            bestEnd = i;
                        }
                    }
                    if (++i == n)
                    {
                        break;
                    }
                    node = trie.Child(node, block[i]);
                }
            }
            else
            {
                WalkWithUserWords(state, logTotal, block, k, score, ref best, ref bestEnd);
            }
            if (bestEnd < 0)
            {
                // No word starts here: the single character, with jieba's "FREQ.get(...) or 1", i.e. log(1) = 0.
                best = 0.0 - logTotal + score[k + 1];
                bestEnd = k;
            }
            score[k] = best;
            ends[k] = bestEnd;
        }
    }

    private static void WalkWithUserWords(SegmenterState state, double logTotal, ReadOnlySpan<char> block, int k, double[] score, ref double best, ref int bestEnd)
    {
        var trie = state.Trie;
        var user = state.User!;
        var node = trie.RootChild(block[k]);
        var userNode = user.Child(0, block[k]);
        for (var i = k; node != PrefixTrie.None || userNode != PrefixTrie.None;)
        {
            long frequency;
            double log;
            if (userNode != PrefixTrie.None && user.HasFrequency(userNode))
            {
                (frequency, log) = (user.Frequency(userNode), user.LogFrequency(userNode));
            }
            else
            {
                (frequency, log) = node != PrefixTrie.None ? (trie.Frequencies[node], trie.LogFrequencies[node]) : (0, 0.0);
            }
            if (frequency > 0)
            {
                var candidate = log - logTotal + score[i + 1];
                if (bestEnd < 0 || candidate >= best)
                {
                    best = candidate;
                    bestEnd = i;
                }
            }
            if (++i == block.Length)
            {
                break;
            }
            node = node == PrefixTrie.None ? node : trie.Child(node, block[i]);
            userNode = userNode == PrefixTrie.None ? userNode : user.Child(userNode, block[i]);
        }
    }
}
