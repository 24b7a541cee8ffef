namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Which confusable chars make a known bigram with a given neighbour, as one bit row per neighbour char over the
/// ~2,000 chars any confusion list offers. The checker asks this of every confusable at every examined char (four
/// million questions for a few MB of text); a row answers them from a few cache lines, where each would otherwise be
/// two hashed probes. Rows are built from the language model the first time a neighbour char is met (about two
/// thousand lookups, well under a millisecond). Thread-safe: a row raced for is built twice, identically.
/// </summary>
internal sealed class CandidateBigrams
{
    private readonly CharLanguageModel _lm;
    private readonly char[] _chars;
    private readonly short[] _index = new short[char.MaxValue + 1];
    private readonly ulong[]?[] _after = new ulong[]?[char.MaxValue + 1];
    private readonly ulong[]?[] _before = new ulong[]?[char.MaxValue + 1];

    public CandidateBigrams(CharLanguageModel lm, IEnumerable<char> candidates)
    {
        _lm = lm;
        _chars = candidates.Distinct().Order().ToArray();
        Array.Fill(_index, (short)-1);
        for (var k = 0; k < _chars.Length; k++)
        {
            _index[_chars[k]] = (short)k;
        }
    }

    /// <summary>The row of candidates c for which the bigram <paramref name="left"/>c is known (folded chars).</summary>
    public ulong[] After(char left) => _after[left] ?? Build(_after, left, true);

    /// <summary>The row of candidates c for which the bigram c<paramref name="right"/> is known (folded chars).</summary>
    public ulong[] Before(char right) => _before[right] ?? Build(_before, right, false);

    /// <summary>Whether <paramref name="candidate"/> is set in <paramref name="row"/>; chars no list offers never are.</summary>
    public bool Has(ulong[] row, char candidate)
    {
        var k = _index[candidate];
        return k >= 0 && (row[k >> 6] & (1UL << (k & 63))) != 0;
    }

    private ulong[] Build(ulong[]?[] rows, char neighbour, bool neighbourFirst)
    {
        var row = new ulong[(_chars.Length + 63) / 64];
        for (var k = 0; k < _chars.Length; k++)
        {
            var c = NgramKey.Fold(_chars[k]);
            if (neighbourFirst ? _lm.KnowsBigram(neighbour, c) : _lm.KnowsBigram(c, neighbour))
            {
                row[k >> 6] |= 1UL << (k & 63);
            }
        }
        Volatile.Write(ref rows[neighbour], row);
        return row;
    }
}
