using System.Globalization;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// The learned acceptance step of the typo checker (<c>models/typo/acceptance.tsv</c>, trained by tools/Monitor.Tools
/// with ML.NET's FastTree): a sum of regression trees over <see cref="CandidateFeatures"/>, and a calibration table
/// that turns a target rate of clean sentences flagged into the score a candidate needs. Read without ML.NET, so
/// the checker starts in milliseconds and has no ML runtime to ship.
/// </summary>
internal sealed class AcceptanceModel(float bias, AcceptanceTree[] trees, (double Rate, double Threshold)[] calibration)
{
    public const string FileName = "acceptance.tsv";

    public IReadOnlyList<(double Rate, double Threshold)> Calibration { get; } = calibration;

    public double Score(ReadOnlySpan<float> features)
    {
        var sum = bias;
        foreach (var tree in trees)
        {
            sum += tree.Score(features);
        }
        return sum;
    }

    /// <summary>
    /// The score a candidate needs so that about <paramref name="rate"/> of clean sentences are flagged: the threshold
    /// of the largest calibrated rate not above it (a stricter one when the rate falls between two).
    /// </summary>
    public double ThresholdFor(double rate)
    {
        var fitting = Calibration.Where(c => c.Rate <= rate + 1e-12).ToList();
        return fitting.Count > 0 ? fitting.MaxBy(c => c.Rate).Threshold : Calibration.Max(c => c.Threshold);
    }

    public void WriteTrees(TextWriter w)
    {
        w.WriteLine(FormattableString.Invariant($"bias\t{bias:R}"));
        foreach (var tree in trees)
        {
            w.WriteLine(tree.ToLine());
        }
    }

    /// <summary>The model in <paramref name="path"/>, or null when there is none (then the rules decide alone).</summary>
    public static AcceptanceModel? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var bias = 0f;
        var trees = new List<AcceptanceTree>();
        var calibration = new List<(double, double)>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "features" when !f[1..].SequenceEqual(CandidateFeatures.Names):
                    throw new InvalidDataException($"{path} was trained on other features than this checker computes.");
                case "bias":
                    bias = float.Parse(f[1], CultureInfo.InvariantCulture);
                    break;
                case "rate":
                    calibration.Add((double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture)));
                    break;
                case "tree":
                    trees.Add(AcceptanceTree.Parse(f));
                    break;
            }
        }
        return new AcceptanceModel(bias, [.. trees], [.. calibration]);
    }
}
