namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// How the char language model sees text: digits fold to <c>0</c> and Latin letters to <c>a</c> (numbers and codes
/// are never typos, and folding keeps their contexts dense), sentences are framed by <see cref="Bos"/> and
/// <see cref="Eos"/>. An n-gram's key hashes its chars from the last one leftwards, so the n-grams ending at a
/// position are hashed incrementally by extending the context.
/// </summary>
internal static class NgramKey
{
    public const char Bos = '\u0002';
    public const char Eos = '\u0003';
    public const ulong Seed = 14695981039346656037UL;

    public static char Fold(char c) => c switch
    {
        >= '0' and <= '9' => '0',
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => 'a',
        _ => c,
    };

    /// <summary>Extends a key by one char to the left (FNV-1a over 16-bit units, then a final mix).</summary>
    public static ulong Extend(ulong hash, char c) => (hash ^ c) * 1099511628211UL;

    /// <summary>
    /// The 32-bit table key of a hash (a murmur finaliser spreads FNV's weak low bits); never 0, which marks an empty
    /// slot in <see cref="NgramTable"/> (a 0 becomes 1).
    /// </summary>
    public static uint Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return (uint)h == 0 ? 1 : (uint)h;
    }

    /// <summary>The table key of <paramref name="gram"/> (chars already folded).</summary>
    public static uint Of(ReadOnlySpan<char> gram)
    {
        var h = Seed;
        for (var i = gram.Length - 1; i >= 0; i--)
        {
            h = Extend(h, gram[i]);
        }
        return Finish(h);
    }
}
