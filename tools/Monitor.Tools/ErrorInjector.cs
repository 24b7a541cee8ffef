using Monitor.Analysis.Inspection.Typo;

namespace Monitor.Tools;

/// <summary>
/// Puts one or two typos into a clean sentence: a Han char replaced by one of the first chars its confusion list
/// offers (the frequent same-pinyin and similar-shape chars, as people mistype them). Deterministic per seed.
/// </summary>
internal sealed class ErrorInjector(ConfusionSet confusions, int seed)
{
    private const int FromFirst = 8;
    private readonly Random _random = new(seed);

    /// <summary>The sentence with typos (same length), or null when no char of it has a confusion list.</summary>
    public string? Inject(string clean)
    {
        var text = clean.ToCharArray();
        var positions = Enumerable.Range(0, text.Length).Where(i => !confusions.For(text[i]).IsEmpty).ToList();
        if (positions.Count == 0)
        {
            return null;
        }
        var count = _random.NextDouble() < 0.2 && positions.Count > 10 ? 2 : 1;
        for (var k = 0; k < count; k++)
        {
            var at = positions[_random.Next(positions.Count)];
            var list = confusions.For(clean[at]);
            text[at] = list[_random.Next(Math.Min(FromFirst, list.Length))];
        }
        return new string(text);
    }
}
