namespace Monitor.Analysis.Segmentation;

/// <summary>
/// jieba's <c>cut</c> outside the blocks: runs of <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c> go to the
/// <see cref="DagCutter"/>; between them, <c>\r\n</c> and each whitespace character are tokens, and so is every other
/// character (a code point: a surrogate pair stays whole, as in Python).
/// </summary>
internal static class BlockSplitter
{
    public static void Cut(SegmenterState state, ReadOnlySpan<char> text, bool hmm, List<TokenSpan> tokens, SegmentScratch scratch)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (JiebaCharClasses.IsBlock(c))
            {
                var j = i + 1;
                while (j < text.Length && JiebaCharClasses.IsBlock(text[j]))
                {
                    j++;
                }
                DagCutter.Cut(state, text, i, j, hmm, tokens, scratch);
                i = j;
                continue;
            }
            var pair = (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));
            var length = pair ? 2 : 1;
            tokens.Add(new TokenSpan(i, length));
            i += length;
        }
    }
}
