using System.Runtime.InteropServices;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Trains a <see cref="CharLanguageModel"/>: interpolated modified Kneser-Ney (Chen and Goodman 1998; three discounts
/// per order from the count-of-counts), the highest order on raw counts and lower orders on continuation counts
/// (n-grams that start a sentence keep raw counts). N-grams of order ≥ <paramref name="pruneFrom"/> seen fewer than
/// <paramref name="minCount"/> times are dropped after smoothing, which keeps the model small; since a pruned
/// n-gram's extensions are rarer still, lookups can stop at the first unseen context.
/// </summary>
internal sealed class KneserNeyTrainer(int order, int pruneFrom, int minCount)
{
    // An n-gram packed into 16 bits per char, first char most significant (order ≤ 8).
    private readonly Dictionary<UInt128, int>[] _raw = Enumerable.Range(0, order).Select(_ => new Dictionary<UInt128, int>()).ToArray();

    public void Add(string sentence)
    {
        var text = new char[sentence.Length + 2];
        text[0] = NgramKey.Bos;
        for (var i = 0; i < sentence.Length; i++)
        {
            text[i + 1] = NgramKey.Fold(sentence[i]);
        }
        text[^1] = NgramKey.Eos;
        for (var j = 0; j < text.Length; j++)
        {
            UInt128 key = 0;
            for (var n = 1; n <= order && j - n + 1 >= 0; n++)
            {
                key |= (UInt128)text[j - n + 1] << (16 * (n - 1));
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_raw[n - 1], key, out _);
                count++;
            }
        }
    }

    public CharLanguageModel Build()
    {
        var adjusted = AdjustedCounts();
        var probs = new Dictionary<UInt128, double>[order];
        var gammas = new Dictionary<UInt128, double>[order]; // gammas[n-1]: contexts of order n-1 (as n-1 grams)
        for (var n = 1; n <= order; n++)
        {
            var counts = adjusted[n - 1];
            var d = Discounts(counts.Values);
            var contexts = new Dictionary<UInt128, (long Total, double Mass)>();
            foreach (var (gram, c) in counts)
            {
                ref var ctx = ref CollectionsMarshal.GetValueRefOrAddDefault(contexts, gram >> 16, out _);
                ctx = (ctx.Total + c, ctx.Mass + d[Math.Min(c, 3)]);
            }
            gammas[n - 1] = contexts.ToDictionary(kv => kv.Key, kv => kv.Value.Mass / kv.Value.Total);
            var p = new Dictionary<UInt128, double>(counts.Count);
            var uniform = 1.0 / adjusted[0].Count;
            var suffixMask = (UInt128.One << (16 * (n - 1))) - 1;
            foreach (var (gram, c) in counts)
            {
                var ctx = contexts[gram >> 16];
                var lower = n == 1 ? uniform : probs[n - 2][gram & suffixMask];
                p[gram] = (c - d[Math.Min(c, 3)]) / ctx.Total + ctx.Mass / ctx.Total * lower;
            }
            probs[n - 1] = p;
        }
        var tables = new NgramTable[order];
        var chars = new char[order];
        for (var n = 1; n <= order; n++)
        {
            var keep = probs[n - 1].Where(kv => n < pruneFrom || _raw[n - 1][kv.Key] >= minCount).ToList();
            var table = tables[n - 1] = new NgramTable(keep.Count);
            foreach (var (gram, p) in keep)
            {
                for (var i = 0; i < n; i++)
                {
                    chars[i] = (char)(ushort)(gram >> (16 * (n - 1 - i)));
                }
                var backoff = n < order && gammas[n].TryGetValue(gram, out var g) ? Math.Log10(g) : 0;
                table.Add(NgramKey.Of(chars.AsSpan(0, n)), (float)Math.Log10(p), (float)backoff);
            }
        }
        return new CharLanguageModel(tables);
    }

    private Dictionary<UInt128, int>[] AdjustedCounts()
    {
        var adjusted = new Dictionary<UInt128, int>[order];
        adjusted[order - 1] = _raw[order - 1];
        for (var n = order - 1; n >= 1; n--)
        {
            var counts = new Dictionary<UInt128, int>(_raw[n - 1].Count);
            var top = 16 * (n - 1);
            foreach (var (gram, c) in _raw[n - 1])
            {
                if ((char)(ushort)(gram >> top) == NgramKey.Bos)
                {
                    counts[gram] = c;
                }
            }
            var mask = (UInt128.One << (16 * n)) - 1;
            foreach (var gram in _raw[n].Keys)
            {
                ref var c = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, gram & mask, out _);
                c++;
            }
            adjusted[n - 1] = counts;
        }
        return adjusted;
    }

    /// <summary>d[0] = 0, d[1..3] = D1, D2, D3+ from the count-of-counts n1..n4.</summary>
    private static double[] Discounts(IEnumerable<int> counts)
    {
        var nk = new long[5];
        foreach (var c in counts)
        {
            if (c <= 4)
            {
                nk[c]++;
            }
        }
        double n1 = Math.Max(nk[1], 1), n2 = Math.Max(nk[2], 1), n3 = Math.Max(nk[3], 1), n4 = Math.Max(nk[4], 1);
        var y = n1 / (n1 + 2 * n2);
        return [0, Clamp(1 - 2 * y * n2 / n1, 1), Clamp(2 - 3 * y * n3 / n2, 2), Clamp(3 - 4 * y * n4 / n3, 3)];
    }

    private static double Clamp(double d, double max) => Math.Clamp(d, 0.05, max);
}
