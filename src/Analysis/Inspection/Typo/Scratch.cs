using System.Buffers;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// One sentence under examination: its chars, the same folded and framed for the language model, whether the model
/// knows the short n-gram ending at each position (one lookup a char: what decides which chars are examined), and,
/// where a change is tried, the n-grams ending at each position and its log10 probability, updated as changes are
/// taken. A tried change looks up only the n-grams that contain it: the shorter ones ending after it are the
/// sentence's own and are looked up once, and a position whose short n-gram is unknown needs no lookups at all.
/// </summary>
internal sealed class Scratch : IDisposable
{
    private readonly CharLanguageModel _lm;
    private readonly int _order;
    private readonly float[] _logProbs;
    private readonly bool[] _known;
    // Whether the sentence's bigram ending at each framed position is known: 1 or 0, -1 until asked (a known
    // trigram there implies it, so most positions never ask).
    private readonly sbyte[] _bigram;
    private readonly int _knownOrder;
    private readonly bool _betweenKnownSides;

    // The sentence's n-grams ending at each framed position, looked up only where a change is tried nearby: how
    // many orders are known (-1: not looked up yet), probabilities and backoffs at [position * order + n - 1].
    private readonly sbyte[] _k;
    // Allocated when first needed: most sentences of known text never try a change.
    private float[] _p = [];
    private float[] _b = [];

    // The same for the positions that see a change being tried, from the change's first position on.
    private float[] _tp = [];
    private float[] _tb = [];

    public Scratch(ReadOnlySpan<char> sentence, CharLanguageModel lm, int knownOrder, bool betweenKnownSides = false)
    {
        _betweenKnownSides = betweenKnownSides;
        _lm = lm;
        _order = lm.Order;
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
        _bigram = new sbyte[Framed.Length];
        _k = new sbyte[Framed.Length];
        Done = new bool[Text.Length];
        Refresh(0, Framed.Length - 1);
    }

    public void Dispose()
    {
        if (_p.Length > 0)
        {
            ArrayPool<float>.Shared.Return(_p);
            ArrayPool<float>.Shared.Return(_b);
        }
    }

    public char[] Text { get; }
    public char[] Framed { get; }

    /// <summary>Chars already judged (replaced, or protected) and not examined again.</summary>
    public bool[] Done { get; }

    public void Set(int i, char c)
    {
        Text[i] = c;
        Framed[i + 1] = NgramKey.Fold(c);
    }

    /// <summary>Whether any char is to be examined (most sentences of known text have none).</summary>
    public bool AnyToExamine()
    {
        for (var i = 0; i < Text.Length; i++)
        {
            if (Examine(i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the char at <paramref name="i"/> is a CJK char, not yet judged, in a context the model does not know:
    /// the n-gram centred on it is unknown and, unless <see cref="TypoOptions.ExamineBetweenKnownSides"/>, so is the one
    /// ending or the one starting at it.
    /// </summary>
    public bool Examine(int i) =>
        !Done[i] && Text[i] is >= '\u4e00' and <= '\u9fff' && !_known[i + 2]
        && (_betweenKnownSides || !_known[i + 1] || i + 3 >= _known.Length || !_known[i + 3]);

    /// <summary>The log10 probabilities of the positions that see chars i..i+length-1, as the sentence stands.</summary>
    public float Window(int i, int length)
    {
        var sum = 0f;
        for (var j = i + 1; j <= Last(i, length); j++)
        {
            if (float.IsNaN(_logProbs[j]))
            {
                var context = Row(j - 1);
                _logProbs[j] = _lm.Score(Row(j), _p.AsSpan(j * _order, _order), context, _b.AsSpan((j - 1) * _order, _order));
            }
            sum += _logProbs[j];
        }
        return sum;
    }

    /// <summary>
    /// The same window scored on the chars as they are set now (a change being tried). <paramref name="left"/> and
    /// <paramref name="right"/> say whether the bigrams across the change's edges are known: when one is not, no
    /// n-gram across that edge is either, and none is looked up. The sentence's own n-grams after the change are
    /// reused, so <see cref="Window"/> must have been asked for this window before the change was set.
    /// </summary>
    public float Trial(int i, int length, bool left, bool right)
    {
        var first = i + 1;
        var lastChanged = i + length;
        // Rows after the change must predate it (the row before it cannot see it, and is looked up when needed).
        for (var j = lastChanged + 1; j <= Last(i, length); j++)
        {
            if (_k[j] < 0)
            {
                throw new InvalidOperationException("Trial before Window: the sentence's own n-grams are not looked up.");
            }
        }
        var sum = 0f;
        var contextK = Row(first - 1);
        var contextB = (ReadOnlySpan<float>)_b.AsSpan((first - 1) * _order, _order);
        for (var j = first; j <= Last(i, length); j++)
        {
            // Orders up to `same` end after the change without containing it: the sentence's own n-grams.
            var same = j - lastChanged;
            ReadOnlySpan<float> probs, backoffs;
            int k;
            if (same > 0 && (!right || Row(j) < same))
            {
                k = Math.Min(Row(j), same);
                probs = _p.AsSpan(j * _order, _order);
                backoffs = _b.AsSpan(j * _order, _order);
            }
            else
            {
                var tp = _tp.AsSpan((j - first) * _order, _order);
                var tb = _tb.AsSpan((j - first) * _order, _order);
                same = Math.Max(same, 0);
                for (var n = 0; n < same; n++) // a few floats: a loop, not a memmove call
                {
                    tp[n] = _p[j * _order + n];
                    tb[n] = _b[j * _order + n];
                }
                k = _lm.Grams(Framed, j, same, tp, tb, j == first && !left ? 1 : 0);
                probs = tp;
                backoffs = tb;
            }
            sum += _lm.Score(k, probs, contextK, contextB);
            contextK = k;
            contextB = backoffs;
        }
        return sum;
    }

    /// <summary>
    /// Whether the chars i..i+length-1, as set now, sit in at least one n-gram of the examination order that the model
    /// knows. A change that leaves every such n-gram unknown cannot raise the sentence's probability enough to count,
    /// and this test spares scoring it. An n-gram is known only if every bigram in it is (pruning keeps sub-n-grams),
    /// so the caller says whether the bigrams across the change's edges are known (<paramref name="left"/>,
    /// <paramref name="right"/>), and an n-gram is looked up only when all its bigrams are known.
    /// </summary>
    public bool Plausible(int i, int length, bool left, bool right)
    {
        var first = i + 1;
        var last = i + length;
        if (!left && !right)
        {
            return false;
        }
        var to = Math.Min(Framed.Length - 1, i + _knownOrder);
        for (var j = last; j <= to; j++)
        {
            var start = j - _knownOrder + 1;
            if (start >= 0 && BigramsKnown(start, j, first, last, left, right) && _lm.Knows(Framed, j, _knownOrder))
            {
                return true;
            }
        }
        return false;
    }

    // Whether every bigram of framed start..end is known, with the chars first..last changed: the bigrams across the
    // change's edges are `left` and `right`, those inside it are looked up, the rest are the sentence's own.
    private bool BigramsKnown(int start, int end, int first, int last, bool left, bool right)
    {
        for (var q = start + 1; q <= end; q++)
        {
            var known = q == first ? left
                : q == last + 1 ? right
                : q > first && q <= last ? _lm.KnowsBigram(Framed[q - 1], Framed[q])
                : SentenceBigram(q);
            if (!known)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>After a change is taken: forget what it invalidated.</summary>
    public void Changed(int i, int length) => Refresh(i + 1, Last(i, length));

    // The last framed position whose n-grams (or their contexts) see a change of chars i..i+length-1.
    private int Last(int i, int length) => Math.Min(Framed.Length - 1, i + length + _order - 1);

    // The number of orders the model knows at framed position j, looked up once.
    private int Row(int j)
    {
        if (_k[j] < 0)
        {
            if (_p.Length == 0)
            {
                // The rows are most of what a sentence allocates; they are rented (every entry read is written first).
                _p = ArrayPool<float>.Shared.Rent(Framed.Length * _order);
                _b = ArrayPool<float>.Shared.Rent(Framed.Length * _order);
                _tp = new float[(_order + 2) * _order];
                _tb = new float[(_order + 2) * _order];
            }
            _k[j] = (sbyte)_lm.Grams(Framed, j, 0, _p.AsSpan(j * _order, _order), _b.AsSpan(j * _order, _order));
        }
        return _k[j];
    }

    private bool SentenceBigram(int q)
    {
        if (_bigram[q] < 0)
        {
            _bigram[q] = (sbyte)(_lm.KnowsBigram(Framed[q - 1], Framed[q]) ? 1 : 0);
        }
        return _bigram[q] > 0;
    }

    // One lookup a position: its examination-order n-gram.
    private void Refresh(int from, int to)
    {
        for (var j = from; j <= to; j++)
        {
            _logProbs[j] = float.NaN;
            _k[j] = -1;
            _known[j] = j > 0 && _lm.Knows(Framed, j, _knownOrder, bloom: false);
            _bigram[j] = (sbyte)(j == 0 ? 0 : _known[j] && _knownOrder >= 2 ? 1 : -1);
        }
    }
}
