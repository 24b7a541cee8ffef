using Monitor.Analysis.Inspection;
using Monitor.Tools.Evaluation;

namespace Monitor.Analysis.Tests.Typo;

/// <summary>
/// The held-out part of the official-document dev set (DevSets/typo-heldout.jsonl, split by
/// <c>scripts/split-typo-dev.py</c>; nothing was tuned on it), run through the whole check path.
/// Measured at the time of writing: sentence-level correction F1 0.634, char-level correction precision 0.937, false
/// alarms 1 of 199 error-free sentences (0.5 %).
/// </summary>
public class TypoHeldOutTests
{
    [Fact]
    public void meets_the_issue_targets_on_held_out_official_documents()
    {
        var checker = new LineChecker(GivenInspectors.Runner(GivenInspectors.Pii, GivenInspectors.Misstatement, GivenTypo.Inspector));
        var date = new DateOnly(2026, 6, 1);
        var e = TypoEvaluation.Evaluate(File.ReadLines(GivenTypo.DevSet("typo-heldout.jsonl")),
            src => TypoEvaluation.Apply(src, checker.Check(src, date)));

        Assert.Equal(495, e.Sentences);
        Assert.True(e.SentenceCorrection.F1 >= 0.60, $"sentence-level correction F1 {e.SentenceCorrection.F1:F3} < 0.60");
        Assert.True(e.FalseAlarmRate <= 0.01, $"false-alarm rate {e.FalseAlarmRate:P1} > 1 %");
        Assert.True(e.CharCorrection.Precision >= 0.90, $"char-level correction precision {e.CharCorrection.Precision:F3} < 0.90");
    }
}
