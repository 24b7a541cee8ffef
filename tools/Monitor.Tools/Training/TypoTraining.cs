using Monitor.Analysis.Inspection.Typo;

namespace Monitor.Tools.Training;

/// <summary>
/// Builds <c>typo/charlm.bin.gz</c> from a corpus of one sentence a line (what <c>monitor train typo</c> runs).
/// Deterministic: the same corpus and settings give the same file.
/// </summary>
public static class TypoTraining
{
    public sealed record Result(int Sentences, long Chars, int NgramsKept, long Bytes, TimeSpan Elapsed);

    public static Result Train(string corpus, string output, int order = 5, int pruneFrom = 4, int minCount = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, 8);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var trainer = new KneserNeyTrainer(order, pruneFrom, minCount);
        var sentences = 0;
        var chars = 0L;
        foreach (var line in File.ReadLines(corpus))
        {
            var sentence = line.Trim();
            if (sentence.Length == 0)
            {
                continue;
            }
            trainer.Add(sentence);
            sentences++;
            chars += sentence.Length;
        }
        var model = trainer.Build();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        model.Save(output);
        return new Result(sentences, chars, model.Size, new FileInfo(output).Length, watch.Elapsed);
    }
}
