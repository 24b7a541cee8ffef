namespace Monitor.Analysis.Inspection.Typo;

/// <summary>Computes <see cref="CandidateFeatures"/> of a correction in the sentence as it reads before the change.</summary>
internal sealed class CandidateFeaturizer(TypoModel model)
{
    private const int MaxWordLength = 4;

    public CandidateFeatures Of(char[] text, TypoCorrection c)
    {
        var (originalBroad, originalLength) = model.Broad.Best(text, c.Offset, c.Length);
        var originalJieba = BestJieba(text, c.Offset, c.Length);
        var original = text.AsSpan(c.Offset, c.Length).ToArray();
        c.Replacement.AsSpan().CopyTo(text.AsSpan(c.Offset));
        var (replacementBroad, replacementLength) = model.Broad.Best(text, c.Offset, c.Length);
        var replacementJieba = BestJieba(text, c.Offset, c.Length);
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
            char.IsAsciiLetter(before) || char.IsAsciiLetter(after) ? 1 : 0);
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
