namespace Monitor.Analysis.Segmentation;

/// <summary>A token as a span of the segmented text, in UTF-16 code units.</summary>
public readonly record struct TokenSpan(int Start, int Length)
{
    public int End => Start + Length;
}
