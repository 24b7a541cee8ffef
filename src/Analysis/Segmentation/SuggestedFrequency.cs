namespace Monitor.Analysis.Segmentation;

/// <summary>
/// jieba's <c>suggest_freq(word, tune=False)</c>, the frequency <c>add_word</c> gives a word added without one:
/// just above the probability of the word's current cut (without HMM), so the route prefers the whole word.
/// </summary>
internal static class SuggestedFrequency
{
    public static long For(SegmenterState state, string word)
    {
        var tokens = new List<TokenSpan>();
        BlockSplitter.Cut(state, word, hmm: false, tokens, SegmentScratch.Current);
        double total = state.Total;
        var product = 1.0;
        foreach (var token in tokens)
        {
            var piece = word.AsSpan(token.Start, token.Length);
            // FREQ.get(seg, 1): a known prefix counts 0, an unknown fragment 1.
            long frequency = state.Contains(piece) ? state.Frequency(piece) : 1;
            product *= frequency / total;
        }
        var own = state.Contains(word) ? state.Frequency(word) : 1;
        return Math.Max((long)(product * state.Total) + 1, own);
    }
}
