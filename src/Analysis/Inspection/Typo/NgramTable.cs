namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// The n-grams of one order: an open-addressing table of 32-bit keys (key 0 marks an empty slot, so a real 0 is
/// stored as 1) with each n-gram's log10 probability and, when it is a context, its log10 backoff weight.
/// A 32-bit key can collide; at the model's size a false hit is about one lookup in ten thousand, harmless for scoring.
/// </summary>
internal sealed class NgramTable
{
    private readonly uint[] _keys;
    private readonly float[] _probs;
    private readonly float[] _backoffs;
    private readonly int _mask;

    public NgramTable(int count)
    {
        var capacity = 16;
        while (capacity < count * 2)
        {
            capacity <<= 1;
        }
        _keys = new uint[capacity];
        _probs = new float[capacity];
        _backoffs = new float[capacity];
        _mask = capacity - 1;
    }

    public int Count { get; private set; }

    /// <summary>The stored keys (with 0 stored as 1).</summary>
    public IEnumerable<uint> Keys => _keys.Where(k => k != 0);

    public void Add(uint key, float prob, float backoff)
    {
        key = key == 0 ? 1 : key;
        var slot = (int)(key & (uint)_mask);
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & _mask;
        }
        if (_keys[slot] == 0)
        {
            Count++;
        }
        _keys[slot] = key;
        _probs[slot] = prob;
        _backoffs[slot] = backoff;
    }

    /// <summary>Membership only: reads the key array alone, which keeps the hot lookups in cache.</summary>
    public bool Contains(uint key)
    {
        key = key == 0 ? 1 : key;
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return true;
            }
            if (k == 0)
            {
                return false;
            }
            slot = (slot + 1) & _mask;
        }
    }

    public bool TryGet(uint key, out float prob, out float backoff)
    {
        key = key == 0 ? 1 : key;
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                prob = _probs[slot];
                backoff = _backoffs[slot];
                return true;
            }
            if (k == 0)
            {
                prob = 0;
                backoff = 0;
                return false;
            }
            slot = (slot + 1) & _mask;
        }
    }

    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Count);
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                writer.Write(_keys[i]);
                writer.Write((Half)_probs[i]);
                writer.Write((Half)_backoffs[i]);
            }
        }
    }

    public static NgramTable ReadFrom(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var table = new NgramTable(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt32();
            var prob = (float)reader.ReadHalf();
            var backoff = (float)reader.ReadHalf();
            table.Add(key, prob, backoff);
        }
        return table;
    }
}
