namespace Monitor.Analysis.Inspection.Typo;

/// <summary>Computes <see cref="CandidateFeatures"/> of a correction in the sentence as it reads before the change.</summary>
internal sealed class CandidateFeaturizer(TypoModel model)
{
    private const int MaxWordLength = 4;

    // Chars either side of the change whose bigrams with their left neighbour are counted (ContextBigramsKnown).
    private const int Context = 4;

    public CandidateFeatures Of(char[] text, TypoCorrection c)
    {
        var (originalBroad, originalLength) = model.Broad.Best(text, c.Offset, c.Length);
        var originalJieba = BestJieba(text, c.Offset, c.Length);
        var originalKnown = KnownBigrams(text, c.Offset, c.Offset + c.Length);
        var context = KnownBigrams(text, c.Offset - Context, c.Offset) + KnownBigrams(text, c.Offset + c.Length + 1, c.Offset + c.Length + 1 + Context);
        var original = text.AsSpan(c.Offset, c.Length).ToArray();
        c.Replacement.AsSpan().CopyTo(text.AsSpan(c.Offset));
        var (replacementBroad, replacementLength) = model.Broad.Best(text, c.Offset, c.Length);
        var replacementJieba = BestJieba(text, c.Offset, c.Length);
        var replacementKnown = KnownBigrams(text, c.Offset, c.Offset + c.Length);
        original.CopyTo(text.AsSpan(c.Offset));
        var before = c.Offset > 0 ? text[c.Offset - 1] : ' ';
        var after = c.Offset + c.Length < text.Length ? text[c.Offset + c.Length] : ' ';
        return new CandidateFeatures(
            (float)c.Gain,
            c.Length,
            c.CompletesWord ? 1 : 0,
            Log(originalBroad),
            originalLength,
            Log(replacementBroad),
            replacementLength,
            Log(originalJieba),
            Log(replacementJieba),
            model.Lm.UnigramLogProb(c.Original[0]),
            model.Lm.UnigramLogProb(c.Replacement[0]),
            (IsHan(before) ? 1 : 0) + (IsHan(after) ? 1 : 0),
            char.IsAsciiDigit(before) || char.IsAsciiDigit(after) ? 1 : 0,
            char.IsAsciiLetter(before) || char.IsAsciiLetter(after) ? 1 : 0,
            model.Confusions.For(c.Original[0]).IndexOf(c.Replacement[0]),
            originalKnown,
            replacementKnown,
            context);
    }

    /// <summary>How many of the bigrams ending at chars <paramref name="from"/>..<paramref name="to"/> (inclusive) the model knows.</summary>
    private int KnownBigrams(char[] text, int from, int to)
    {
        var known = 0;
        for (var i = Math.Max(1, from); i <= Math.Min(text.Length - 1, to); i++)
        {
            known += model.Lm.KnowsBigram(NgramKey.Fold(text[i - 1]), NgramKey.Fold(text[i])) ? 1 : 0;
        }
        return known;
    }

    private static float Log(int frequency) => (float)Math.Log10(1 + frequency);

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>jieba's highest frequency of a word of 2–4 chars overlapping the change.</summary>
    private int BestJieba(char[] text, int at, int length)
    {
        var best = 0;
        for (var start = Math.Max(0, at - MaxWordLength + 1); start < at + length; start++)
        {
            for (var end = Math.Max(start + 2, at + 1); end <= Math.Min(text.Length, start + MaxWordLength); end++)
            {
                best = Math.Max(best, model.WordFrequency(text.AsSpan(start, end - start)));
            }
        }
        return best;
    }
}
