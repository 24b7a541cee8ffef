using System.IO.Compression;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// A char n-gram model with interpolated modified Kneser-Ney smoothing, stored ARPA-style (each seen n-gram's
/// interpolated log10 probability, each context's log10 backoff weight) under 32-bit hashed keys with half-precision
/// values. Built by <see cref="KneserNeyTrainer"/>; read-only and thread-safe once loaded.
/// </summary>
internal sealed class CharLanguageModel
{
    public const string FileName = "charlm.bin.gz";
    private const uint Magic = 0x4D4C4354; // "TCLM"

    /// <summary>log10 probability of a char the model never saw.</summary>
    public const float UnknownLogProb = -7f;

    private readonly NgramTable[] _tables; // _tables[n - 1] holds order n

    // A Bloom filter (1 MB, two probes) of the bigram and trigram keys: most n-grams a tried change makes are
    // unknown, and this answers them from cache instead of probing tables of several MB.
    private const int BloomBits = 23;
    private const int BloomOrders = 3;
    private readonly ulong[] _bloom = new ulong[(1 << BloomBits) / 64];

    public CharLanguageModel(NgramTable[] tables)
    {
        _tables = tables;
        foreach (var table in tables.Skip(1).Take(BloomOrders - 1))
        {
            foreach (var key in table.Keys)
            {
                SetBloom(key);
            }
        }
    }

    public int Order => _tables.Length;

    public int Size => _tables.Sum(t => t.Count);

    /// <summary>
    /// Looks up the n-grams ending at <paramref name="at"/>, shortest first, into <paramref name="probs"/> and
    /// <paramref name="backoffs"/> (index n - 1), and returns the longest order the model knows. The first
    /// <paramref name="known"/> orders are taken as already filled in; none beyond <paramref name="upTo"/> (0: the
    /// model's order) is looked up. Stops at the first unknown n-gram: pruning keeps an n-gram only when its
    /// suffixes are kept (they are at least as frequent).
    /// </summary>
    public int Grams(ReadOnlySpan<char> text, int at, int known, Span<float> probs, Span<float> backoffs, int upTo = 0)
    {
        var max = Math.Min(upTo > 0 ? upTo : _tables.Length, at + 1);
        var gram = NgramKey.Seed;
        for (var n = 1; n <= max; n++)
        {
            gram = NgramKey.Extend(gram, text[at - n + 1]);
            if (n > known && !_tables[n - 1].TryGet(NgramKey.Finish(gram), out probs[n - 1], out backoffs[n - 1]))
            {
                return n - 1;
            }
        }
        return max;
    }

    /// <summary>
    /// Interpolated Kneser-Ney in backoff form: the probability of the longest known n-gram ending at a position
    /// (<paramref name="k"/> orders known there), plus the backoff weights of the longer contexts the model knows
    /// (<paramref name="contextK"/> orders known at the position before).
    /// </summary>
    public float Score(int k, ReadOnlySpan<float> probs, int contextK, ReadOnlySpan<float> contextBackoffs)
    {
        if (k == 0)
        {
            return UnknownLogProb;
        }
        var m = Math.Min(k, contextK + 1);
        var p = probs[m - 1];
        var top = Math.Min(contextK + 1, _tables.Length);
        for (var n = m + 1; n <= top; n++)
        {
            p += contextBackoffs[n - 2];
        }
        return p;
    }

    /// <summary>Whether the model knows the n-gram of <paramref name="order"/> chars ending at <paramref name="at"/> (fewer at the start).</summary>
    /// <remarks>
    /// The Bloom filter is asked first unless <paramref name="bloom"/> is false: worth it where most n-grams asked
    /// about are unknown (tried changes), not where most are known (the sentence as written).
    /// </remarks>
    public bool Knows(ReadOnlySpan<char> text, int at, int order, bool bloom = true)
    {
        order = Math.Min(Math.Min(order, at + 1), _tables.Length);
        var key = Key(text, at, order);
        return (!bloom || order is < 2 or > BloomOrders || InBloom(key)) && _tables[order - 1].Contains(key);
    }

    // The table key of the n-gram of `order` chars ending at `at`.
    private static uint Key(ReadOnlySpan<char> text, int at, int order)
    {
        var gram = NgramKey.Seed;
        for (var k = 0; k < order; k++)
        {
            gram = NgramKey.Extend(gram, text[at - k]);
        }
        return NgramKey.Finish(gram);
    }

    /// <summary>log10 P(c) of the unigram level (a Kneser-Ney continuation probability), <see cref="UnknownLogProb"/> if unseen.</summary>
    public float UnigramLogProb(char c) =>
        _tables[0].TryGet(NgramKey.Finish(NgramKey.Extend(NgramKey.Seed, NgramKey.Fold(c))), out var p, out _) ? p : UnknownLogProb;

    /// <summary>Whether the model knows the bigram <paramref name="first"/><paramref name="second"/> (folded chars).</summary>
    public bool KnowsBigram(char first, char second)
    {
        if (_tables.Length < 2)
        {
            return false;
        }
        var key = NgramKey.Finish(NgramKey.Extend(NgramKey.Extend(NgramKey.Seed, second), first));
        return InBloom(key) && _tables[1].Contains(key);
    }

    private void SetBloom(uint key)
    {
        var (a, b) = BloomProbes(key);
        _bloom[a >> 6] |= 1UL << (int)(a & 63);
        _bloom[b >> 6] |= 1UL << (int)(b & 63);
    }

    private bool InBloom(uint key)
    {
        var (a, b) = BloomProbes(key);
        return (_bloom[a >> 6] & (1UL << (int)(a & 63))) != 0 && (_bloom[b >> 6] & (1UL << (int)(b & 63))) != 0;
    }

    private static (uint, uint) BloomProbes(uint key) => (key & ((1u << BloomBits) - 1), key >> (32 - BloomBits));

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(_tables.Length);
        foreach (var table in _tables)
        {
            table.WriteTo(writer);
        }
    }

    public static CharLanguageModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException($"{path} is not a Monitor char language model.");
        }
        var tables = new NgramTable[reader.ReadInt32()];
        for (var i = 0; i < tables.Length; i++)
        {
            tables[i] = NgramTable.ReadFrom(reader);
        }
        return new CharLanguageModel(tables);
    }
}
