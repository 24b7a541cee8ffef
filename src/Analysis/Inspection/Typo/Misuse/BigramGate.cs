namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// A 64K-bit filter of char pairs (8 KB, stays in cache): false says no listed pair, true says maybe. The trigger scan
/// asks it at every char, so it must be cheaper than any dictionary lookup.
/// </summary>
internal sealed class BigramGate
{
    private readonly ulong[] _bits = new ulong[1024];

    public BigramGate(IEnumerable<(char First, char Second)> pairs)
    {
        foreach (var (first, second) in pairs)
        {
            var h = Hash(first, second);
            _bits[h >> 6] |= 1UL << (int)(h & 63);
        }
    }

    public bool MayContain(char first, char second)
    {
        var h = Hash(first, second);
        return (_bits[h >> 6] & (1UL << (int)(h & 63))) != 0;
    }

    private static uint Hash(char first, char second) => ((uint)first * 0x9E3779B1u ^ second * 0x85EBCA6Bu) >> 16;
}
