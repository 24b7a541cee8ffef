namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// One sentence under examination: its chars, the same folded and framed for the language model, whether the model
/// knows the short n-gram ending at each position (one lookup a char: what decides which chars are examined), and
/// each position's log10 probability, computed only where a change is tried and updated as changes are taken.
/// </summary>
internal sealed class Scratch
{
    private readonly CharLanguageModel _lm;
    private readonly float[] _logProbs;
    private readonly bool[] _known;
    private readonly int _knownOrder;

    public Scratch(ReadOnlySpan<char> sentence, CharLanguageModel lm, int knownOrder)
    {
        _lm = lm;
        _knownOrder = knownOrder;
        Text = sentence.ToArray();
        Framed = new char[Text.Length + 2];
        Framed[0] = NgramKey.Bos;
        for (var i = 0; i < Text.Length; i++)
        {
            Framed[i + 1] = NgramKey.Fold(Text[i]);
        }
        Framed[^1] = NgramKey.Eos;
        _logProbs = new float[Framed.Length];
        _known = new bool[Framed.Length];
        Done = new bool[Text.Length];
        MaxContext = lm.Order - 1;
        Refresh(1, Framed.Length - 1);
    }

    public char[] Text { get; }
    public char[] Framed { get; }

    /// <summary>Chars already judged (replaced, or protected) and not examined again.</summary>
    public bool[] Done { get; }

    // The chars after a change whose n-grams see it.
    private int MaxContext { get; }

    public void Set(int i, char c)
    {
        Text[i] = c;
        Framed[i + 1] = NgramKey.Fold(c);
    }

    /// <summary>Whether the char at <paramref name="i"/> is a CJK char, not yet judged, in a context the model does not know.</summary>
    public bool Examine(int i) =>
        !Done[i] && Text[i] is >= '\u4e00' and <= '\u9fff' && !_known[i + 2];

    /// <summary>The log10 probabilities of the positions that see chars i..i+length-1, as the sentence stands.</summary>
    public float Window(int i, int length)
    {
        var sum = 0f;
        for (var j = i + 1; j <= Last(i, length); j++)
        {
            if (float.IsNaN(_logProbs[j]))
            {
                _logProbs[j] = _lm.LogProb(Framed, j);
            }
            sum += _logProbs[j];
        }
        return sum;
    }

    /// <summary>The same window scored on the chars as they are set now (a change being tried).</summary>
    public float Trial(int i, int length)
    {
        var sum = 0f;
        for (var j = i + 1; j <= Last(i, length); j++)
        {
            sum += _lm.LogProb(Framed, j);
        }
        return sum;
    }

    /// <summary>
    /// Whether the chars i..i+length-1, as set now, sit in at least one n-gram of the examination order that the model
    /// knows. A change that leaves every such n-gram unknown cannot raise the sentence's probability enough to count,
    /// and this test (a few lookups) spares scoring it (dozens).
    /// </summary>
    public bool Plausible(int i, int length)
    {
        // A known n-gram through the change needs a known bigram at its edge: two cheap lookups first.
        if (!_lm.KnowsBigram(Framed[i], Framed[i + 1]) && !_lm.KnowsBigram(Framed[i + length], Framed[i + length + 1]))
        {
            return false;
        }
        var from = i + length; // framed index of the last changed char
        var to = Math.Min(Framed.Length - 1, i + _knownOrder);
        for (var j = from; j <= to; j++)
        {
            if (j - _knownOrder + 1 >= 0 && _lm.Knows(Framed, j, _knownOrder))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="c"/> at i makes a known bigram with the char before it.</summary>
    public bool KnownAfterLeft(int i, char c) => _lm.KnowsBigram(Framed[i], NgramKey.Fold(c));

    /// <summary>Whether <paramref name="c"/> at i makes a known bigram with the char after it.</summary>
    public bool KnownBeforeRight(int i, char c) => _lm.KnowsBigram(NgramKey.Fold(c), Framed[i + 2]);

    /// <summary>After a change is taken: forget what it invalidated.</summary>
    public void Changed(int i, int length) => Refresh(i + 1, Last(i, length));

    private int Last(int i, int length) => Math.Min(Framed.Length - 1, i + length + MaxContext);

    private void Refresh(int from, int to)
    {
        for (var j = from; j <= to; j++)
        {
            _logProbs[j] = float.NaN;
            _known[j] = _lm.Knows(Framed, j, _knownOrder);
        }
    }
}
