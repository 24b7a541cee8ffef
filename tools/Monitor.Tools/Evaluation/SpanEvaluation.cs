namespace Monitor.Tools.Evaluation;

/// <summary>
/// Span-level evaluation: a prediction is right when start, length and kind all equal a gold span's. Also counts
/// false alarms: lines without any gold span on which something was flagged.
/// </summary>
public sealed class SpanEvaluation
{
    public Score Overall { get; } = new();
    public SortedDictionary<string, Score> ByKind { get; } = new(StringComparer.Ordinal);
    public int LinesWithoutSpans { get; private set; }
    public int FalseAlarmLines { get; private set; }
    public List<(int Line, LabelledSpan Span, bool Missed)> Errors { get; } = [];

    public double FalseAlarmRate => LinesWithoutSpans == 0 ? 0 : (double)FalseAlarmLines / LinesWithoutSpans;

    public void Add(int line, IReadOnlyCollection<LabelledSpan> gold, IReadOnlyCollection<LabelledSpan> predicted)
    {
        if (gold.Count == 0)
        {
            LinesWithoutSpans++;
            FalseAlarmLines += predicted.Count > 0 ? 1 : 0;
        }
        var expected = gold.ToHashSet();
        foreach (var p in predicted.Distinct())
        {
            var hit = expected.Remove(p);
            Count(p.Kind, s => _ = hit ? s.TruePositives++ : s.FalsePositives++);
            if (!hit)
            {
                Errors.Add((line, p, false));
            }
        }
        foreach (var missed in expected)
        {
            Count(missed.Kind, s => s.FalseNegatives++);
            Errors.Add((line, missed, true));
        }
    }

    private void Count(string kind, Action<Score> update)
    {
        update(Overall);
        if (!ByKind.TryGetValue(kind, out var score))
        {
            ByKind[kind] = score = new Score();
        }
        update(score);
    }
}
