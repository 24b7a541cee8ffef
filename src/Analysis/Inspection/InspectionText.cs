namespace Monitor.Analysis.Inspection;

/// <summary>
/// A text prepared for inspection: the normalised form inspectors read and the map from each normalised
/// offset back to the original. Built by the normaliser (HTML to text, full-width to half-width, invisible
/// characters dropped).
/// </summary>
public sealed class InspectionText(string original, string normalised, int[] toOriginal)
{
    public string Original { get; } = original;
    public string Normalised { get; } = normalised;

    /// <summary>toOriginal[i] is the original offset of normalised char i; one extra entry maps the end.</summary>
    private readonly int[] _toOriginal = toOriginal;

    public static InspectionText Plain(string text)
    {
        var map = new int[text.Length + 1];
        for (var i = 0; i <= text.Length; i++)
        {
            map[i] = i;
        }
        return new InspectionText(text, text, map);
    }

    /// <summary>Maps a normalised span to the smallest original span that covers it.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        var s = _toOriginal[start];
        var e = length == 0 ? s : _toOriginal[start + length - 1] + 1;
        // A normalised char may come from several original ones (an HTML entity): extend to the next mapped char.
        if (length > 0 && start + length < _toOriginal.Length)
        {
            e = Math.Max(e, _toOriginal[start + length] > _toOriginal[start + length - 1] ? _toOriginal[start + length] : e);
        }
        return (s, e - s);
    }
}
