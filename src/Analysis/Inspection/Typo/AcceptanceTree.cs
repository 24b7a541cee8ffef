using System.Globalization;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// One regression tree of the acceptance model, as ML.NET's FastTree keeps it: at split node n go left when
/// feature[<see cref="Features"/>[n]] ≤ <see cref="Thresholds"/>[n]; a negative child c is leaf ~c.
/// </summary>
internal sealed record AcceptanceTree(int[] Features, float[] Thresholds, int[] Left, int[] Right, float[] Leaves)
{
    public float Score(ReadOnlySpan<float> x)
    {
        if (Features.Length == 0)
        {
            return Leaves[0];
        }
        var node = 0;
        while (node >= 0)
        {
            node = x[Features[node]] <= Thresholds[node] ? Left[node] : Right[node];
        }
        return Leaves[~node];
    }

    public string ToLine() => string.Join('\t', "tree", Join(Features), Join(Thresholds), Join(Left), Join(Right), Join(Leaves));

    public static AcceptanceTree Parse(string[] f) => new(
        Ints(f[1]), Floats(f[2]), Ints(f[3]), Ints(f[4]), Floats(f[5]));

    private static string Join<T>(T[] values) where T : IFormattable =>
        string.Join(',', values.Select(v => v.ToString(null, CultureInfo.InvariantCulture)));

    private static int[] Ints(string s) => s.Length == 0 ? [] : s.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();

    private static float[] Floats(string s) => s.Length == 0 ? [] : s.Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();
}
