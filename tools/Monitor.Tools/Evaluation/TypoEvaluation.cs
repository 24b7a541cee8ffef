using System.Text.Json;
using Monitor.Analysis.Inspection;

namespace Monitor.Tools.Evaluation;

/// <summary>
/// Spelling-check scores in the SIGHAN / ReaLiSe convention over pairs of a sentence as written (<c>src</c>) and
/// corrected (<c>tgt</c>, same length). Sentence level: a sentence with errors is detected when the changed
/// positions equal the gold positions, corrected when the output equals <c>tgt</c>; precision divides by the
/// sentences where anything was changed, recall by the sentences with errors. Character level: per position,
/// detection counts changed positions that are gold positions, correction those also given the gold char.
/// A false alarm is an error-free sentence with any change.
/// </summary>
public sealed class TypoEvaluation
{
    public Score SentenceDetection { get; } = new();
    public Score SentenceCorrection { get; } = new();
    public Score CharDetection { get; } = new();
    public Score CharCorrection { get; } = new();
    public int Sentences { get; private set; }
    public int ErrorFreeSentences { get; private set; }
    public int FalseAlarmSentences { get; private set; }
    public double FalseAlarmRate => ErrorFreeSentences == 0 ? 0 : (double)FalseAlarmSentences / ErrorFreeSentences;

    /// <summary>Scores one sentence; <paramref name="output"/> is <paramref name="src"/> with the checker's replacements.</summary>
    public void Add(string src, string tgt, string output)
    {
        if (src.Length != tgt.Length || src.Length != output.Length)
        {
            throw new ArgumentException("src, tgt and the output must have the same length.");
        }
        Sentences++;
        var gold = Enumerable.Range(0, src.Length).Where(i => src[i] != tgt[i]).ToList();
        var changed = Enumerable.Range(0, src.Length).Where(i => src[i] != output[i]).ToList();
        if (gold.Count == 0)
        {
            ErrorFreeSentences++;
            FalseAlarmSentences += changed.Count > 0 ? 1 : 0;
        }
        Count(SentenceDetection, gold.Count > 0, changed.Count > 0, gold.SequenceEqual(changed));
        Count(SentenceCorrection, gold.Count > 0, changed.Count > 0, output == tgt);
        var goldSet = gold.ToHashSet();
        var found = changed.Count(goldSet.Contains);
        var fixedRight = changed.Count(i => goldSet.Contains(i) && output[i] == tgt[i]);
        Add(CharDetection, found, changed.Count, gold.Count);
        Add(CharCorrection, fixedRight, changed.Count, gold.Count);
    }

    /// <summary>Checks each JSON line <c>{"src","tgt"}</c> with <paramref name="correct"/> (src → output) and scores it.</summary>
    public static TypoEvaluation Evaluate(IEnumerable<string> jsonLines, Func<string, string> correct)
    {
        var evaluation = new TypoEvaluation();
        foreach (var line in jsonLines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var doc = JsonDocument.Parse(line);
            var src = doc.RootElement.GetProperty("src").GetString() ?? "";
            var tgt = doc.RootElement.GetProperty("tgt").GetString() ?? "";
            evaluation.Add(src, tgt, correct(src));
        }
        return evaluation;
    }

    /// <summary>
    /// What <c>monitor check</c> would change in <paramref name="line"/>: every <c>typo.*</c> finding's span replaced
    /// by its suggestion (a suggestion of another length marks its span with U+FFFD, never the gold char).
    /// </summary>
    public static string Apply(string line, IEnumerable<MappedFinding> findings)
    {
        var output = line.ToCharArray();
        foreach (var f in findings.Where(f => f.RuleId.StartsWith("typo.", StringComparison.Ordinal) && f.Suggestion is not null))
        {
            for (var i = 0; i < f.Length; i++)
            {
                output[f.Start + i] = f.Suggestion!.Length == f.Length ? f.Suggestion[i] : '\uFFFD';
            }
        }
        return new string(output);
    }

    private static void Count(Score score, bool hasErrors, bool changed, bool right)
    {
        // A sentence counts for precision when anything changed, for recall when it has errors; a hit needs both.
        var hit = hasErrors && changed && right;
        score.TruePositives += hit ? 1 : 0;
        score.FalsePositives += changed && !hit ? 1 : 0;
        score.FalseNegatives += hasErrors && !hit ? 1 : 0;
    }

    private static void Add(Score score, int hits, int predicted, int gold)
    {
        score.TruePositives += hits;
        score.FalsePositives += predicted - hits;
        score.FalseNegatives += gold - hits;
    }
}
