using System.Runtime.InteropServices;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// The n-grams of one order: an open-addressing table of 32-bit keys (key 0 marks an empty slot; <see cref="NgramKey.Finish"/>
/// never makes one) with each n-gram's log10 probability and, when it is a context, its log10 backoff weight.
/// Key and both values share one 8-byte slot (the values as the half-precision floats the model file stores), so a
/// lookup costs one cache miss: the checker makes millions of them, and memory latency is what it spends its time on.
/// A 32-bit key can collide; at the model's size a false hit is about one lookup in ten thousand, harmless for scoring.
/// </summary>
internal sealed class NgramTable
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Key;
        public Half Prob;
        public Half Backoff;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    public NgramTable(int count)
    {
        var capacity = 16;
        while (capacity < count * 2)
        {
            capacity <<= 1;
        }
        _slots = new Slot[capacity];
        _mask = capacity - 1;
    }

    public int Count { get; private set; }

    /// <summary>The stored keys.</summary>
    public IEnumerable<uint> Keys => _slots.Where(s => s.Key != 0).Select(s => s.Key);

    public void Add(uint key, float prob, float backoff)
    {
        var slot = (int)(key & (uint)_mask);
        while (_slots[slot].Key != 0 && _slots[slot].Key != key)
        {
            slot = (slot + 1) & _mask;
        }
        if (_slots[slot].Key == 0)
        {
            Count++;
        }
        _slots[slot] = new Slot { Key = key, Prob = (Half)prob, Backoff = (Half)backoff };
    }

    public bool Contains(uint key) => Find(key) >= 0;

    public bool TryGet(uint key, out float prob, out float backoff)
    {
        var slot = Find(key);
        if (slot < 0)
        {
            prob = 0;
            backoff = 0;
            return false;
        }
        prob = (float)_slots[slot].Prob;
        backoff = (float)_slots[slot].Backoff;
        return true;
    }

    private int Find(uint key)
    {
        var slots = _slots;
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var k = slots[slot].Key;
            if (k == key)
            {
                return slot;
            }
            if (k == 0)
            {
                return -1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Count);
        foreach (var s in _slots)
        {
            if (s.Key != 0)
            {
                writer.Write(s.Key);
                writer.Write(s.Prob);
                writer.Write(s.Backoff);
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
