namespace Monitor.Analysis.Segmentation;

/// <summary>Per-thread work arrays of the cutters, grown to the longest block seen, so cutting allocates nothing.</summary>
internal sealed class SegmentScratch
{
    [ThreadStatic]
    private static SegmentScratch? _current;

    public static SegmentScratch Current => _current ??= new SegmentScratch();

    /// <summary>Route: best log probability from a position to the end of the block.</summary>
    public double[] Score = new double[256];

    /// <summary>Route: last position of the word chosen at a position.</summary>
    public int[] End = new int[256];

    /// <summary>Viterbi: best previous state, [position * 4 + state].</summary>
    public byte[] Back = new byte[1024];

    /// <summary>Viterbi: the decoded state of each position.</summary>
    public byte[] States = new byte[256];

    public void EnsureBlock(int length)
    {
        if (Score.Length <= length)
        {
            var size = Math.Max(length + 1, Score.Length * 2);
            Score = new double[size];
            End = new int[size];
        }
    }

    public void EnsureHmm(int length)
    {
        if (States.Length < length)
        {
            var size = Math.Max(length, States.Length * 2);
            Back = new byte[size * 4];
            States = new byte[size];
        }
    }
}
