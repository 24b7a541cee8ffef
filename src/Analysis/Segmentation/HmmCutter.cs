namespace Monitor.Analysis.Segmentation;

/// <summary>
/// jieba's <c>finalseg.cut</c>: cuts a run of characters the dictionary route left as single characters.
/// Han runs go through the BMES Viterbi; the rest is split like <c>([a-zA-Z0-9]+(?:\.\d+)?%?)</c>.
/// </summary>
internal static class HmmCutter
{
    public static void Cut(SegmenterState state, ReadOnlySpan<char> text, int start, int end, List<TokenSpan> tokens, SegmentScratch scratch)
    {
        var i = start;
        while (i < end)
        {
            var j = i + 1;
            if (JiebaCharClasses.IsHan(text[i]))
            {
                while (j < end && JiebaCharClasses.IsHan(text[j]))
                {
                    j++;
                }
                CutHan(state, text, i, j, tokens, scratch);
            }
            else if (JiebaCharClasses.IsAsciiAlphanumeric(text[i]))
            {
                j = MatchAlphanumeric(text, i, end);
                tokens.Add(new TokenSpan(i, j - i));
            }
            else
            {
                while (j < end && !JiebaCharClasses.IsHan(text[j]) && !JiebaCharClasses.IsAsciiAlphanumeric(text[j]))
                {
                    j++;
                }
                tokens.Add(new TokenSpan(i, j - i));
            }
            i = j;
        }
    }

    /// <summary>End of <c>[a-zA-Z0-9]+(?:\.\d+)?%?</c> matched at <paramref name="i"/>.</summary>
    private static int MatchAlphanumeric(ReadOnlySpan<char> text, int i, int end)
    {
        var j = i + 1;
        while (j < end && JiebaCharClasses.IsAsciiAlphanumeric(text[j]))
        {
            j++;
        }
        if (j + 1 < end && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            j += 2;
            while (j < end && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
        }
        if (j < end && text[j] == '%')
        {
            j++;
        }
        return j;
    }

    private static void CutHan(SegmenterState state, ReadOnlySpan<char> text, int start, int end, List<TokenSpan> tokens, SegmentScratch scratch)
    {
        var states = Viterbi.Decode(state.Hmm, text[start..end], scratch);
        int begin = 0, next = 0, length = end - start;
        for (var i = 0; i < length; i++)
        {
            switch (states[i])
            {
                case HmmModel.B:
                    begin = i;
                    break;
                case HmmModel.E:
                    Emit(state, text, start + begin, i + 1 - begin, tokens);
                    next = i + 1;
                    break;
                case HmmModel.S:
                    Emit(state, text, start + i, 1, tokens);
                    next = i + 1;
                    break;
            }
        }
        if (next < length)
        {
            Emit(state, text, start + next, length - next, tokens);
        }
    }

    /// <summary>Words given frequency 0 (<c>del_word</c>) are forced apart into characters here too, as jieba does.</summary>
    private static void Emit(SegmenterState state, ReadOnlySpan<char> text, int start, int length, List<TokenSpan> tokens)
    {
        if (length > 1 && state.ForceSplit.Count > 0 && state.ForceSplit.Contains(text.Slice(start, length).ToString()))
        {
            for (var i = 0; i < length; i++)
            {
                tokens.Add(new TokenSpan(start + i, 1));
            }
            return;
        }
        tokens.Add(new TokenSpan(start, length));
    }
}
