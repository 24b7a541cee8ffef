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

    // A Bloom filter (512 KB, two probes) of the bigram keys: most confusables tried at a position make no known
    // bigram with their neighbours, and this answers them from cache instead of probing the 2 MB bigram table.
    private const int BloomBits = 22;
    private readonly ulong[] _bigramBloom = new ulong[(1 << BloomBits) / 64];

    public CharLanguageModel(NgramTable[] tables)
    {
        _tables = tables;
        if (tables.Length >= 2)
        {
            foreach (var key in tables[1].Keys)
            {
                SetBloom(key);
            }
        }
    }

    public int Order => _tables.Length;

    public int Size => _tables.Sum(t => t.Count);

    /// <summary>log10 P(text[at] | the Order-1 chars before it); <paramref name="text"/> is folded and framed.</summary>
    public float LogProb(ReadOnlySpan<char> text, int at) => LogProb(text, at, out _);

    /// <summary>As <see cref="LogProb(ReadOnlySpan{char}, int)"/>; <paramref name="matched"/> is the order of the longest seen n-gram ending there.</summary>
    public float LogProb(ReadOnlySpan<char> text, int at, out int matched)
    {
        matched = 0;
        var gram = NgramKey.Extend(NgramKey.Seed, text[at]);
        if (!_tables[0].TryGet(NgramKey.Finish(gram), out var prob, out _))
        {
            return UnknownLogProb;
        }
        matched = 1;
        var context = NgramKey.Seed;
        var pending = 0f;
        for (var n = 2; n <= _tables.Length && at - n + 1 >= 0; n++)
        {
            var c = text[at - n + 1];
            context = NgramKey.Extend(context, c);
            gram = NgramKey.Extend(gram, c);
            if (!_tables[n - 2].TryGet(NgramKey.Finish(context), out _, out var backoff))
            {
                break; // an unseen context has no longer seen contexts either (pruning keeps suffixes)
            }
            if (_tables[n - 1].TryGet(NgramKey.Finish(gram), out var p, out _))
            {
                prob = p;
                pending = 0;
                matched = n;
            }
            else
            {
                pending += backoff;
            }
        }
        return prob + pending;
    }

    /// <summary>Whether the model knows the n-gram of <paramref name="order"/> chars ending at <paramref name="at"/> (fewer at the start).</summary>
    public bool Knows(ReadOnlySpan<char> text, int at, int order)
    {
        order = Math.Min(Math.Min(order, at + 1), _tables.Length);
        var gram = NgramKey.Seed;
        for (var k = 0; k < order; k++)
        {
            gram = NgramKey.Extend(gram, text[at - k]);
        }
        return _tables[order - 1].Contains(NgramKey.Finish(gram));
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
        key = key == 0 ? 1 : key;
        return InBloom(key) && _tables[1].Contains(key);
    }

    private void SetBloom(uint key)
    {
        var (a, b) = BloomProbes(key);
        _bigramBloom[a >> 6] |= 1UL << (int)(a & 63);
        _bigramBloom[b >> 6] |= 1UL << (int)(b & 63);
    }

    private bool InBloom(uint key)
    {
        var (a, b) = BloomProbes(key);
        return (_bigramBloom[a >> 6] & (1UL << (int)(a & 63))) != 0 && (_bigramBloom[b >> 6] & (1UL << (int)(b & 63))) != 0;
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
