namespace Monitor.Analysis.Inspection.Pii;

/// <summary>
/// A run of digit groups separated by single spaces or hyphens, with the start and end offset of each group;
/// <see cref="EndsWithX"/> when the last group ends with the ID check character X.
/// </summary>
internal sealed class DigitRun
{
    public List<(int Start, int End)> Groups { get; } = [];
    public bool EndsWithX { get; set; }
    public bool Masked { get; set; }
    public int Start => Groups[0].Start;
    public int End => Groups[^1].End;
}
