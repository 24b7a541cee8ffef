using Monitor.Tools.Evaluation;

namespace Monitor.Analysis.Tests.Inspection;

public class SpanEvaluationTests
{
    [Fact]
    public void counts_exact_span_matches_per_kind_and_false_alarm_lines()
    {
        var evaluation = new SpanEvaluation();
        evaluation.Add(1, [new(0, 11, "mobile")], [new(0, 11, "mobile")]);
        evaluation.Add(2, [new(3, 18, "id-card")], [new(3, 17, "id-card")]);
        evaluation.Add(3, [], [new(5, 2, "leader-name")]);
        evaluation.Add(4, [], []);

        Assert.Equal((1, 2, 1), (evaluation.Overall.TruePositives, evaluation.Overall.FalsePositives, evaluation.Overall.FalseNegatives));
        Assert.Equal(1.0 / 3, evaluation.Overall.Precision, 6);
        Assert.Equal(0.5, evaluation.Overall.Recall, 6);
        Assert.Equal(1.0, evaluation.ByKind["mobile"].F1, 6);
        Assert.Equal(0.0, evaluation.ByKind["id-card"].Recall, 6);
        Assert.Equal(0.5, evaluation.FalseAlarmRate, 6);
        Assert.Equal(3, evaluation.Errors.Count);
    }
}
