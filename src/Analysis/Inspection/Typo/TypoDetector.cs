namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Finds suspected typos in one sentence: for each CJK char whose context the language model finds unusual, tries
/// every confusable char and keeps the replacement that raises the sentence's log10 probability most (only the
/// n-grams that see the char change), adjusted by word evidence from jieba's dictionary. The best replacement
/// above the threshold is taken, the sentence rescored, and so on. Thread-safe (all state is per call).
/// </summary>
internal sealed class TypoDetector(TypoModel model, TypoOptions options)
{
    private const int MinWordFrequency = 3;
    private const int MaxWordLength = 4;

    // A char whose trigram (ending at it or at the next char) was seen this many times in training is not examined.
    private const int SuspiciousBelowOrder = 3;

    public List<TypoCorrection> Detect(ReadOnlySpan<char> sentence, Func<int, bool> isProtected)
    {
        var found = new List<TypoCorrection>();
        if (sentence.Length == 0)
        {
            return found;
        }
        var lm = model.Lm;
        var text = sentence.ToArray();
        var framed = new char[text.Length + 2];
        framed[0] = NgramKey.Bos;
        for (var i = 0; i < text.Length; i++)
        {
            framed[i + 1] = NgramKey.Fold(text[i]);
        }
        framed[^1] = NgramKey.Eos;
        var logProbs = new float[framed.Length];
        var orders = new int[framed.Length];
        for (var j = 1; j < framed.Length; j++)
        {
            logProbs[j] = lm.LogProb(framed, j, out orders[j]);
        }
        var skip = new bool[text.Length];
        while (found.Count < options.MaxPerSentence)
        {
            var best = Best(text, framed, logProbs, orders, skip);
            if (best is null)
            {
                break;
            }
            var c = best.Value;
            skip[c.Offset] = true;
            if (isProtected(c.Offset))
            {
                continue;
            }
            found.Add(c);
            text[c.Offset] = c.Replacement;
            framed[c.Offset + 1] = NgramKey.Fold(c.Replacement);
            var last = Math.Min(framed.Length - 1, c.Offset + lm.Order);
            for (var j = c.Offset + 1; j <= last; j++)
            {
                logProbs[j] = lm.LogProb(framed, j, out orders[j]);
            }
        }
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    private TypoCorrection? Best(char[] text, char[] framed, float[] logProbs, int[] orders, bool[] skip)
    {
        var lm = model.Lm;
        TypoCorrection? best = null;
        var bestScore = options.Threshold;
        for (var i = 0; i < text.Length; i++)
        {
            var p = i + 1; // index in framed
            if (skip[i] || !IsHan(text[i]) || (orders[p] >= SuspiciousBelowOrder && orders[p + 1] >= SuspiciousBelowOrder))
            {
                continue;
            }
            var candidates = model.Confusions.For(text[i]);
            if (candidates.IsEmpty)
            {
                continue;
            }
            var last = Math.Min(framed.Length - 1, p + lm.Order - 1);
            var before = 0f;
            for (var j = p; j <= last; j++)
            {
                before += logProbs[j];
            }
            var original = text[i];
            var originalWord = -1;
            foreach (var candidate in candidates)
            {
                framed[p] = candidate;
                var after = 0f;
                for (var j = p; j <= last; j++)
                {
                    after += lm.LogProb(framed, j);
                }
                double gain = after - before;
                if (gain + options.WordBonus > bestScore)
                {
                    if (originalWord < 0)
                    {
                        originalWord = WordAt(text, i);
                    }
                    text[i] = candidate;
                    var candidateWord = WordAt(text, i);
                    text[i] = original;
                    var completes = candidateWord > 0 && originalWord == 0;
                    var score = gain + (completes ? options.WordBonus : 0) - (originalWord > 0 && candidateWord == 0 ? options.WordPenalty : 0);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = new TypoCorrection(i, original, candidate, score, completes);
                    }
                }
            }
            framed[p] = NgramKey.Fold(original);
        }
        return best;
    }

    /// <summary>The length of the longest dictionary word (of 2–4 chars) covering <paramref name="at"/>, 0 if none.</summary>
    private int WordAt(char[] text, int at)
    {
        for (var length = MaxWordLength; length >= 2; length--)
        {
            var first = Math.Max(0, at - length + 1);
            var lastStart = Math.Min(at, text.Length - length);
            for (var start = first; start <= lastStart; start++)
            {
                if (model.WordFrequency(text.AsSpan(start, length)) >= MinWordFrequency)
                {
                    return length;
                }
            }
        }
        return 0;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
