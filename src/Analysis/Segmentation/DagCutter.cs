namespace Monitor.Analysis.Segmentation;

/// <summary>
/// jieba's <c>__cut_DAG</c> over one block: the maximum-probability route through the dictionary words that start
/// at each position (jieba's DAG, walked in the trie without being stored), then buffered single characters.
/// </summary>
internal static class DagCutter
{
    public static void Cut(SegmenterState state, ReadOnlySpan<char> text, int start, int end, bool hmm, List<TokenSpan> tokens, SegmentScratch scratch)
    {
        var block = text[start..end];
        Route.Compute(state, block, scratch);
        var ends = scratch.End;
        var buffered = -1; // start of the run of single characters, -1 when none
        for (var x = 0; x < block.Length;)
        {
            var y = ends[x] + 1;
            if (y - x == 1 && (hmm || char.IsAsciiLetterOrDigit(block[x])))
            {
                if (buffered < 0)
                {
                    buffered = x;
                }
            }
            else
            {
                Flush(state, text, start, buffered, x, hmm, tokens, scratch);
                buffered = -1;
                tokens.Add(new TokenSpan(start + x, y - x));
            }
            x = y;
        }
        Flush(state, text, start, buffered, block.Length, hmm, tokens, scratch);
    }

    private static void Flush(SegmenterState state, ReadOnlySpan<char> text, int start, int from, int to, bool hmm, List<TokenSpan> tokens, SegmentScratch scratch)
    {
        if (from < 0)
        {
            return;
        }
        var length = to - from;
        // Without HMM jieba buffers only [a-zA-Z0-9] and emits the run whole.
        if (length == 1 || !hmm)
        {
            tokens.Add(new TokenSpan(start + from, length));
        }
        else if (state.Frequency(text.Slice(start + from, length)) == 0)
        {
            HmmCutter.Cut(state, text, start + from, start + to, tokens, scratch);
        }
        else
        {
            for (var i = from; i < to; i++)
            {
                tokens.Add(new TokenSpan(start + i, 1));
            }
        }
    }
}
