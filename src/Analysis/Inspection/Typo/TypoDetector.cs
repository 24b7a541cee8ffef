namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Finds suspected typos in one sentence. For each CJK char whose context the language model finds unusual it tries
/// every confusable char, and for two such chars side by side every pair of confusables that makes a dictionary
/// word (both chars of a word are often mistyped together: 桂花纲要 for 规划纲要). A replacement's score is the rise
/// of the sentence's log10 probability (only the n-grams that see the change), adjusted by word evidence from
/// jieba's dictionary. The best replacement above the threshold is taken, the sentence rescored, and so on.
/// Thread-safe (all state is per call).
/// </summary>
internal sealed class TypoDetector(TypoModel model, TypoOptions options)
{
    private const int MinWordFrequency = 3;
    private const int MaxWordLength = 4;

    public List<TypoCorrection> Detect(ReadOnlySpan<char> sentence, Func<int, bool> isProtected)
    {
        var found = new List<TypoCorrection>();
        if (sentence.Length == 0)
        {
            return found;
        }
        var s = new Scratch(sentence, model.Lm);
        while (found.Count < options.MaxPerSentence)
        {
            var best = Best(s);
            if (best is null)
            {
                break;
            }
            var c = best.Value;
            for (var k = 0; k < c.Length; k++)
            {
                s.Done[c.Offset + k] = true;
            }
            if (Enumerable.Range(c.Offset, c.Length).Any(isProtected))
            {
                continue;
            }
            found.Add(c);
            for (var k = 0; k < c.Length; k++)
            {
                s.Set(c.Offset + k, c.Replacement[k]);
            }
            s.Rescore(model.Lm, c.Offset, c.Length);
        }
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    private TypoCorrection? Best(Scratch s)
    {
        TypoCorrection? best = null;
        var bestScore = options.Threshold;
        for (var i = 0; i < s.Text.Length; i++)
        {
            if (!s.Examine(i, options.ExamineBelowOrder))
            {
                continue;
            }
            var candidates = model.Confusions.For(s.Text[i]);
            if (candidates.IsEmpty)
            {
                continue;
            }
            var before = s.Window(i, 1);
            var original = s.Text[i];
            var originalWord = -1;
            foreach (var candidate in candidates)
            {
                if (IsNumeral(candidate))
                {
                    continue;
                }
                s.Set(i, candidate);
                var gain = s.Window(model.Lm, i, 1) - before;
                if (gain + options.WordBonus > bestScore)
                {
                    var candidateWord = WordAt(s.Text, i);
                    s.Set(i, original);
                    if (originalWord < 0)
                    {
                        originalWord = WordAt(s.Text, i);
                    }
                    var completes = candidateWord > 0 && originalWord == 0;
                    var score = gain + (completes ? options.WordBonus : 0) - (originalWord > 0 && candidateWord == 0 ? options.WordPenalty : 0);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = new TypoCorrection(i, original.ToString(), candidate.ToString(), score, completes);
                    }
                }
            }
            s.Set(i, original);
            if (i + 1 < s.Text.Length && s.Examine(i + 1, options.ExamineBelowOrder))
            {
                PairBest(s, i, ref best, ref bestScore);
            }
        }
        return best;
    }

    /// <summary>Both chars at i and i+1 replaced so that together they make a dictionary word.</summary>
    private void PairBest(Scratch s, int i, ref TypoCorrection? best, ref double bestScore)
    {
        var first = model.Confusions.For(s.Text[i]);
        var second = model.Confusions.For(s.Text[i + 1]);
        if (first.IsEmpty || second.IsEmpty)
        {
            return;
        }
        // The pair may itself be a word (桂花纲要 for 规划纲要); then the evidence has to outweigh it.
        var penalty = options.PairPenalty - options.WordBonus
            + (model.WordFrequency(s.Text.AsSpan(i, 2)) >= MinWordFrequency ? options.WordPenalty : 0);
        var trie = model.Dictionary;
        var (a, b) = (s.Text[i], s.Text[i + 1]);
        var before = s.Window(i, 2);
        foreach (var c1 in first)
        {
            var node = trie.RootChild(c1);
            if (node == Segmentation.PrefixTrie.None)
            {
                continue;
            }
            foreach (var c2 in second)
            {
                if (IsNumeral(c1) || IsNumeral(c2))
                {
                    continue;
                }
                var word = trie.Child(node, c2);
                if (word == Segmentation.PrefixTrie.None || trie.Frequencies[word] < MinWordFrequency)
                {
                    continue;
                }
                s.Set(i, c1);
                s.Set(i + 1, c2);
                var score = s.Window(model.Lm, i, 2) - before - penalty;
                s.Set(i, a);
                s.Set(i + 1, b);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new TypoCorrection(i, $"{a}{b}", $"{c1}{c2}", score, true);
                }
            }
        }
    }

    // Numbers are not typos the model can judge: 三中队 or 八师 read as well as 二中队 or 八十 to it.
    private static bool IsNumeral(char c) => "〇一二三四五六七八九十百千万亿两零".Contains(c);

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
}
