namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// One sentence under examination: its chars, the same folded and framed for the language model, and each
/// position's log10 probability and longest known n-gram order, updated as replacements are tried and taken.
/// </summary>
internal sealed class Scratch
{
    public Scratch(ReadOnlySpan<char> sentence, CharLanguageModel lm)
    {
        Text = sentence.ToArray();
        Framed = new char[Text.Length + 2];
        Framed[0] = NgramKey.Bos;
        for (var i = 0; i < Text.Length; i++)
        {
            Framed[i + 1] = NgramKey.Fold(Text[i]);
        }
        Framed[^1] = NgramKey.Eos;
        LogProbs = new float[Framed.Length];
        Orders = new int[Framed.Length];
        Done = new bool[Text.Length];
        MaxContext = lm.Order - 1;
        for (var j = 1; j < Framed.Length; j++)
        {
            LogProbs[j] = lm.LogProb(Framed, j, out Orders[j]);
        }
    }

    public char[] Text { get; }
    public char[] Framed { get; }
    public float[] LogProbs { get; }
    public int[] Orders { get; }

    /// <summary>Chars already judged (replaced, or protected) and not examined again.</summary>
    public bool[] Done { get; }

    public void Set(int i, char c)
    {
        Text[i] = c;
        Framed[i + 1] = NgramKey.Fold(c);
    }

    /// <summary>Whether the char at <paramref name="i"/> is a CJK char, not yet judged, in a context the model finds unusual.</summary>
    public bool Examine(int i, int belowOrder) =>
        !Done[i] && Text[i] is >= '\u4e00' and <= '\u9fff' && (Orders[i + 1] < belowOrder || Orders[i + 2] < belowOrder);

    /// <summary>The stored log10 probabilities of the positions that see chars i..i+length-1.</summary>
    public float Window(int i, int length)
    {
        var sum = 0f;
        for (var j = i + 1; j <= Math.Min(Framed.Length - 1, i + length + MaxContext); j++)
        {
            sum += LogProbs[j];
        }
        return sum;
    }

    /// <summary>The same window scored afresh on the current chars.</summary>
    public float Window(CharLanguageModel lm, int i, int length)
    {
        var sum = 0f;
        for (var j = i + 1; j <= Math.Min(Framed.Length - 1, i + length + MaxContext); j++)
        {
            sum += lm.LogProb(Framed, j);
        }
        return sum;
    }

    public void Rescore(CharLanguageModel lm, int i, int length)
    {
        for (var j = i + 1; j <= Math.Min(Framed.Length - 1, i + length + MaxContext); j++)
        {
            LogProbs[j] = lm.LogProb(Framed, j, out Orders[j]);
        }
    }

    // The chars after a change whose n-grams see it.
    private int MaxContext { get; }
}
