namespace Monitor.Analysis.Inspection;

/// <summary>A span in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
