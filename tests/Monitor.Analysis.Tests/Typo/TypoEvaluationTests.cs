using Monitor.Analysis.Inspection;
using Monitor.Shared.Domain;
using Monitor.Tools.Evaluation;

namespace Monitor.Analysis.Tests.Typo;

public class TypoEvaluationTests
{
    // src, tgt, what the checker made of src.
    private static readonly (string Src, string Tgt, string Output)[] Pairs =
    [
        ("今天天汽很好", "今天天气很好", "今天天气很好"), // detected and corrected
        ("我们去公圆玩", "我们去公园玩", "我们去公元玩"), // detected, wrongly corrected
        ("他在学校学习", "他在学校学习", "他再学校学习"), // false alarm
        ("坚持不懈努力", "坚持不懈努力", "坚持不懈努力"), // error-free, left alone
        ("我门的工作好", "我们的工作好", "我门的工作好"), // missed
    ];

    [Fact]
    public void scores_sentences_and_chars_in_the_realise_convention()
    {
        var e = new TypoEvaluation();
        foreach (var (src, tgt, output) in Pairs)
        {
            e.Add(src, tgt, output);
        }

        Assert.Equal((2, 1, 1), Counts(e.SentenceDetection)); // hits: 1st, 2nd; changed without hit: 3rd; missed: 5th
        Assert.Equal((1, 2, 2), Counts(e.SentenceCorrection));
        Assert.Equal(2.0 / 3, e.SentenceDetection.F1, 6);
        Assert.Equal(1.0 / 3, e.SentenceCorrection.Precision, 6);
        Assert.Equal((2, 1, 1), Counts(e.CharDetection));
        Assert.Equal((1, 2, 2), Counts(e.CharCorrection));
        Assert.Equal(2, e.ErrorFreeSentences);
        Assert.Equal(1, e.FalseAlarmSentences);
        Assert.Equal(0.5, e.FalseAlarmRate);
    }

    [Fact]
    public void a_sentence_with_two_errors_is_detected_only_when_both_are_flagged()
    {
        var e = new TypoEvaluation();
        e.Add("桂花纲要", "规划纲要", "规花纲要");
        Assert.Equal((0, 1, 1), Counts(e.SentenceDetection));
        Assert.Equal((1, 0, 1), Counts(e.CharCorrection));
    }

    [Fact]
    public void evaluate_reads_json_lines_and_apply_replaces_typo_spans_only()
    {
        var findings = new[]
        {
            new MappedFinding("typo.word", FindingKind.Typo, Severity.Warning, 2, 2, "桂花", "桂花", "规划", "", 0.9),
            new MappedFinding("pii.mobile", FindingKind.PersonalDataLeak, Severity.Veto, 0, 1, "国", "国", "X", "", 1),
        };
        Assert.Equal("国家规划纲要", TypoEvaluation.Apply("国家桂花纲要", findings));

        var e = TypoEvaluation.Evaluate(
            ["{\"src\":\"国家桂花纲要\",\"tgt\":\"国家规划纲要\"}", "", "{\"src\":\"国家规划纲要\",\"tgt\":\"国家规划纲要\"}"],
            src => src.Replace("桂花", "规划"));
        Assert.Equal(2, e.Sentences);
        Assert.Equal(1.0, e.SentenceCorrection.F1);
        Assert.Equal(0, e.FalseAlarmRate);
    }

    [Fact]
    public void rejects_pairs_of_different_lengths()
    {
        Assert.Throws<ArgumentException>(() => new TypoEvaluation().Add("天汽", "天气", "天气好"));
    }

    private static (int, int, int) Counts(Score s) => (s.TruePositives, s.FalsePositives, s.FalseNegatives);
}
