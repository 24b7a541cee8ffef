namespace Monitor.Analysis.Inspection;

/// <summary>
/// A text prepared for inspection: the normalised form inspectors read and, for every normalised char, the
/// original span it came from (start inclusive, end exclusive). Built by <c>TextNormaliser</c> (HTML to text,
/// full-width to half-width, invisible characters dropped). A char the normaliser inserted (the line break of a
/// block element) has an empty original span at the place it stands for.
/// </summary>
public sealed class InspectionText
{
    // Null when the normalised text is the original (the common case for plain text): the map is the identity.
    private readonly int[]? _starts;
    private readonly int[]? _ends;
    private IReadOnlyList<TextSpan>? _sentences;

    public InspectionText(string original, string normalised, int[] starts, int[] ends)
    {
        if (starts.Length != normalised.Length || ends.Length != normalised.Length)
        {
            throw new ArgumentException("One original span per normalised char is required.");
        }
        Original = original;
        Normalised = normalised;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }
    public string Normalised { get; }

    /// <summary>Sentences of <see cref="Normalised"/>, split once on first use.</summary>
    public IReadOnlyList<TextSpan> Sentences => _sentences ??= Text.SentenceSplitter.Split(Normalised);

    private InspectionText(string text)
    {
        Original = text;
        Normalised = text;
    }

    /// <summary>A text that needs no normalisation: every char maps to itself.</summary>
    public static InspectionText Plain(string text) => new(text);

    /// <summary>
    /// Maps a normalised span to the original span from the first char's original start to the last char's
    /// original end, so an entity or a folded whitespace run is covered whole. An empty span maps to the original
    /// position where the normalised position stands.
    /// </summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Normalised.Length);
        if (_starts is null || _ends is null)
        {
            return (start, length);
        }
        if (length == 0)
        {
            var at = start < _starts.Length ? _starts[start] : (_ends.Length > 0 ? _ends[^1] : 0);
            return (at, 0);
        }
        var s = _starts[start];
        var e = _ends[start + length - 1];
        return (s, Math.Max(0, e - s));
    }
}
