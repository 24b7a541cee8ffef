using System.Buffers;
using Monitor.Analysis.Segmentation;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Finds suspected typos in one sentence. For each CJK char whose context the language model finds unusual it tries
/// every confusable char, and for two such chars side by side every pair of confusables that makes a dictionary
/// word (both chars of a word are often mistyped together: 桂花纲要 for 规划纲要). A replacement's score is the rise
/// of the sentence's log10 probability (only the n-grams that see the change), adjusted by word evidence from
/// jieba's dictionary. The best replacement above the threshold is taken, the sentence rescored, and so on.
/// Thread-safe (all state is per call).
/// </summary>
internal sealed class TypoDetector
{
    private const int MinWordFrequency = 3;
    private const int MaxWordLength = 4;

    // How far (in chars, either way) a change or a judged char reaches into other positions' scores; see PositionBest.
    private const int Reach = 6;
    private readonly TypoModel _model;
    private readonly TypoOptions _options;
    private readonly ConfusionSet _confusions;
    private readonly CandidateBigrams _bigrams;
    private readonly CandidateFeaturizer _features;
    private readonly TypoAcceptance _acceptance;

    public TypoDetector(TypoModel model, TypoOptions options)
    {
        _model = model;
        _options = options;
        // Numbers are not typos the model can judge: 三中队 or 八师 read as well as 二中队 or 八十 to it.
        _confusions = model.Confusions.Restricted(options.MaxCandidates, c => "〇一二三四五六七八九十百千万亿两零".Contains(c));
        _bigrams = new CandidateBigrams(model.Lm, _confusions.Candidates);
        _features = new CandidateFeaturizer(model);
        _acceptance = new TypoAcceptance(options, model.Acceptance);
    }

    /// <summary>
    /// The corrections of <paramref name="sentence"/>. <paramref name="judge"/>, when given, decides on each candidate in
    /// place of <see cref="TypoAcceptance"/> (the training tools record candidates through it).
    /// </summary>
    public List<TypoCorrection> Detect(ReadOnlySpan<char> sentence, Func<int, bool> isProtected,
        Func<TypoCorrection, CandidateFeatures, bool>? judge = null)
    {
        var found = new List<TypoCorrection>();
        if (sentence.Length == 0)
        {
            return found;
        }
        using var s = new Scratch(sentence, _model.Lm, _options.ExamineBelowOrder, _options.ExamineBetweenKnownSides);
        if (!s.AnyToExamine())
        {
            return found;
        }
        // Each position's best replacement is kept between rounds; a round re-examines only the positions whose
        // scoring can see what the previous round changed or judged.
        var length = sentence.Length;
        var best = ArrayPool<TypoCorrection?>.Shared.Rent(length); // read only where not stale
        var stale = new bool[length];
        stale.AsSpan().Fill(true);
        while (found.Count < _options.MaxPerSentence)
        {
            TypoCorrection? top = null;
            for (var i = 0; i < length; i++)
            {
                if (stale[i])
                {
                    best[i] = PositionBest(s, i);
                    stale[i] = false;
                }
                if (best[i] is { } b && (top is null || b.Gain > top.Value.Gain))
                {
                    top = b;
                }
            }
            if (top is null)
            {
                break;
            }
            var c = top.Value;
            for (var k = 0; k < c.Length; k++)
            {
                s.Done[c.Offset + k] = true;
            }
            var from = Math.Max(0, c.Offset - Reach);
            stale.AsSpan(from, Math.Min(length, c.Offset + c.Length + Reach) - from).Fill(true);
            if (Enumerable.Range(c.Offset, c.Length).Any(isProtected) || !Accepted(s, c, judge))
            {
                continue;
            }
            found.Add(c);
            for (var k = 0; k < c.Length; k++)
            {
                s.Set(c.Offset + k, c.Replacement[k]);
            }
            s.Changed(c.Offset, c.Length);
        }
        ArrayPool<TypoCorrection?>.Shared.Return(best);
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    private bool Accepted(Scratch s, TypoCorrection c, Func<TypoCorrection, CandidateFeatures, bool>? judge)
    {
        var features = _features.Of(s.Text, c);
        return judge?.Invoke(c, features) ?? _acceptance.Accept(features);
    }

    /// <summary>
    /// The best replacement above the threshold of the char at <paramref name="i"/>, or of it and the next together.
    /// Its score reads chars i-4..i+5 (n-grams of five, words of four), hence <see cref="Reach"/>.
    /// </summary>
    private TypoCorrection? PositionBest(Scratch s, int i)
    {
        TypoCorrection? best = null;
        var bestScore = _options.Threshold;
        if (!s.Examine(i))
        {
            return null;
        }
        var candidates = _confusions.For(s.Text[i]);
        if (candidates.IsEmpty)
        {
            return null;
        }
        // A char the corpus hardly knows, inside a common word, is left alone: the model's low opinion of it is
        // ignorance, not evidence (开幕式's 幕 occurs 14 times in the government corpus).
        if (_model.Lm.UnigramLogProb(s.Text[i]) < _options.RareCharLogProb && CommonWordAt(s.Text, i))
        {
            return null;
        }
        // The sentence's own score here is looked up once a candidate is worth scoring (often none is).
        var before = float.NaN;
        var original = s.Text[i];
        var originalWord = -1;
        var afterLeft = _bigrams.After(s.Framed[i]);
        var beforeRight = _bigrams.Before(s.Framed[i + 2]);
        foreach (var candidate in candidates)
        {
            var left = _bigrams.Has(afterLeft, candidate);
            var right = _bigrams.Has(beforeRight, candidate);
            if (!left && !right)
            {
                continue;
            }
            s.Set(i, candidate);
            if (!s.Plausible(i, 1, left, right))
            {
                continue;
            }
            if (float.IsNaN(before))
            {
                s.Set(i, original);
                before = s.Window(i, 1);
                s.Set(i, candidate);
            }
            var gain = s.Trial(i, 1, left, right) - before;
            if (gain + _options.WordBonus > bestScore)
            {
                var candidateWord = WordAt(s.Text, i);
                s.Set(i, original);
                if (originalWord < 0)
                {
                    originalWord = WordAt(s.Text, i);
                }
                var completes = candidateWord > 0 && originalWord == 0;
                var score = gain + (completes ? _options.WordBonus : 0)
                    - (originalWord > 0 ? _options.InWordPenalty * (originalWord - 1) + (candidateWord == 0 ? _options.WordPenalty : 0) : 0);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new TypoCorrection(i, original.ToString(), candidate.ToString(), score, completes);
                }
            }
        }
        s.Set(i, original);
        if (_options.Pairs && i + 1 < s.Text.Length && s.Examine(i + 1))
        {
            PairBest(s, i, ref best, ref bestScore);
        }
        return best;
    }

    /// <summary>Both chars at i and i+1 replaced so that together they make a dictionary word.</summary>
    private void PairBest(Scratch s, int i, ref TypoCorrection? best, ref double bestScore)
    {
        var first = _confusions.For(s.Text[i]);
        var second = _confusions.For(s.Text[i + 1]);
        if (first.IsEmpty || second.IsEmpty || StandsAlone(s.Text, i))
        {
            return;
        }
        // The pair may itself be a word (桂花纲要 for 规划纲要); then the evidence has to outweigh it.
        var penalty = _options.PairPenalty - _options.WordBonus
            + (_model.WordFrequency(s.Text.AsSpan(i, 2)) >= MinWordFrequency ? _options.WordPenalty : 0);
        // Only confusables that fit their outer neighbour are paired: a known bigram with the char before the pair
        // (first) and after it (second). This keeps the pairs tried to a handful instead of thousands.
        Span<char> lefts = stackalloc char[first.Length];
        Span<char> rights = stackalloc char[second.Length];
        var nl = 0;
        var nr = 0;
        var afterLeft = _bigrams.After(s.Framed[i]);
        var beforeRight = _bigrams.Before(s.Framed[i + 3]);
        foreach (var c in first)
        {
            if (_bigrams.Has(afterLeft, c))
            {
                lefts[nl++] = c;
            }
        }
        foreach (var c in second)
        {
            if (_bigrams.Has(beforeRight, c))
            {
                rights[nr++] = c;
            }
        }
        if (nl == 0 || nr == 0)
        {
            return;
        }
        var trie = _model.Dictionary;
        var (a, b) = (s.Text[i], s.Text[i + 1]);
        var before = float.NaN;
        foreach (var c1 in lefts[..nl])
        {
            var node = trie.RootChild(c1);
            if (node == PrefixTrie.None)
            {
                continue;
            }
            foreach (var c2 in rights[..nr])
            {
                var word = trie.Child(node, c2);
                if (word == PrefixTrie.None || trie.Frequencies[word] < MinWordFrequency)
                {
                    continue;
                }
                if (float.IsNaN(before))
                {
                    before = s.Window(i, 2);
                }
                s.Set(i, c1);
                s.Set(i + 1, c2);
                var score = s.Plausible(i, 2, true, true) ? s.Trial(i, 2, true, true) - before - penalty : double.NegativeInfinity;
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

    // Two chars between list punctuation or brackets (张伟、王芳、 or （杜杰）) are a name or a term, not a mistyped word.
    private static bool StandsAlone(char[] text, int i) =>
        (i == 0 || !IsHan(text[i - 1])) && (i + 2 >= text.Length || !IsHan(text[i + 2]));

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>
    /// Whether a common word (jieba frequency ≥ <see cref="TypoOptions.CommonWordFrequency"/>) covers <paramref name="at"/>: chars
    /// rare in government text (开幕式's 幕) are not typos for that.
    /// </summary>
    private bool CommonWordAt(char[] text, int at)
    {
        for (var length = MaxWordLength; length >= 2; length--)
        {
            var first = Math.Max(0, at - length + 1);
            var lastStart = Math.Min(at, text.Length - length);
            for (var start = first; start <= lastStart; start++)
            {
                if (_model.WordFrequency(text.AsSpan(start, length)) >= _options.CommonWordFrequency)
                {
                    return true;
                }
            }
        }
        return false;
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
                if (_model.WordFrequency(text.AsSpan(start, length)) >= MinWordFrequency)
                {
                    return length;
                }
            }
        }
        return 0;
    }
}
