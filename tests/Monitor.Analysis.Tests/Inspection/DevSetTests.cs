using Monitor.Shared;
using Monitor.Tools.Evaluation;

namespace Monitor.Analysis.Tests.Inspection;

/// <summary>The labelled dev sets (DevSets/*.jsonl) meet the issue's targets, span by span.</summary>
public class DevSetTests
{
    [Theory]
    [InlineData("pii.jsonl", 0.99, 0.99, 300)]
    [InlineData("misstatement.jsonl", 0.95, 0.90, 300)]
    // Issue 17 (scripts/make-issue17-devsets.py): tuned on the tune part; the held-out part was only scored.
    [InlineData("issue17-pii-tune.jsonl", 0.99, 0.99, 150)]
    [InlineData("issue17-pii-heldout.jsonl", 0.99, 0.99, 80)]
    [InlineData("issue17-misstatement-tune.jsonl", 0.95, 0.90, 600)]
    [InlineData("issue17-misstatement-heldout.jsonl", 0.95, 0.90, 300)]
    public void dev_set_meets_the_precision_and_recall_targets(string file, double precision, double recall, int minimumLines)
    {
        var path = Path.Combine(RepoPaths.FindRoot(AppContext.BaseDirectory)!, "tests", "Monitor.Analysis.Tests", "DevSets", file);
        var lines = File.ReadAllLines(path);
        Assert.True(lines.Length >= minimumLines, $"{file} has {lines.Length} lines");

        var evaluation = LabelledFile.Evaluate(GivenInspectors.Checker(), lines, new DateOnly(2025, 6, 30));

        var errors = string.Join("\n", evaluation.Errors.Select(e => $"{(e.Missed ? "missed" : "false")} line {e.Line}: {e.Span}"));
        Assert.True(evaluation.Overall.Precision >= precision, $"precision {evaluation.Overall.Precision:F3}\n{errors}");
        Assert.True(evaluation.Overall.Recall >= recall, $"recall {evaluation.Overall.Recall:F3}\n{errors}");
        Assert.InRange(evaluation.LinesWithoutSpans, lines.Length * 0.4, lines.Length * 0.6);
    }
}
