using System.Globalization;
using System.Security.Cryptography;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Monitor.Analysis.Inspection.Typo;

namespace Monitor.Tools;

/// <summary>
/// Fits the typo checker's acceptance model: a FastTree binary classifier (ML.NET) over the candidates recorded by
/// <see cref="CandidateDump"/>, exported as plain trees (<see cref="AcceptanceModel"/> reads them without ML.NET) with
/// a calibration table: for each target rate of clean sentences flagged, the score a candidate needs.
/// </summary>
internal static class AcceptanceTrainer
{
    private static readonly double[] Rates = [0.001, 0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1];

    /// <summary><paramref name="inputs"/>: candidate files, and <c>SET=WEIGHT</c> for sets whose rows count more.</summary>
    public static int Run(string output, string calibrationPath, string[] inputs)
    {
        var weights = inputs.Where(a => a.Contains('=')).Select(a => a.Split('='))
            .ToDictionary(a => a[0], a => float.Parse(a[1], CultureInfo.InvariantCulture));
        var trainingPaths = inputs.Where(a => !a.Contains('=')).ToArray();
        var training = trainingPaths.SelectMany(CandidateRow.Read).ToList();
        foreach (var row in training)
        {
            row.Weight = weights.GetValueOrDefault(row.Set, 1);
        }
        var ml = new MLContext(seed: 16);
        var data = ml.Data.LoadFromEnumerable(training);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 200,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
            FeatureColumnName = nameof(CandidateRow.Features),
            LabelColumnName = nameof(CandidateRow.Label),
            ExampleWeightColumnName = nameof(CandidateRow.Weight),
        });
        var fitted = trainer.Fit(data);
        var model = Export(fitted.Model.SubModel.TrainedTreeEnsemble);

        // The exported trees must score exactly as ML.NET does.
        var scored = ml.Data.CreateEnumerable<Scored>(fitted.Transform(ml.Data.LoadFromEnumerable(training.Take(2000))), false).ToList();
        var worst = training.Take(2000).Zip(scored).Max(p => Math.Abs(model.Score(p.First.Features) - p.Second.Score));
        Console.Error.WriteLine($"{training.Count} training candidates ({training.Count(r => r.Label)} right); export max |Δscore| {worst:G3}");

        var calibration = CandidateRow.Read(calibrationPath).ToList();
        var sentences = calibration.GroupBy(r => (r.Set, r.Sentence)).Select(g => g.Max(r => model.Score(r.Features))).ToList();
        var cleanSentences = CountSentences(calibrationPath);
        var thresholds = Rates.Select(rate => (rate, Threshold(sentences, cleanSentences, rate))).ToList();
        foreach (var (rate, threshold) in thresholds)
        {
            Console.Error.WriteLine($"false alarms {rate:P1} of {cleanSentences} clean sentences: score ≥ {threshold:F3}");
        }
        Write(output, model, thresholds, trainingPaths.Append(calibrationPath));
        return 0;
    }

    /// <summary>The score above which the given share of clean sentences (most with no candidate at all) keeps a candidate.</summary>
    private static double Threshold(List<double> sentenceMax, int cleanSentences, double rate)
    {
        var allowed = (int)Math.Floor(rate * cleanSentences);
        var sorted = sentenceMax.OrderByDescending(s => s).ToList();
        return allowed >= sorted.Count ? double.NegativeInfinity : sorted[allowed] + 1e-6;
    }

    // The calibration file names how many clean sentences it read in a "# sentences N" line written by the caller.
    private static int CountSentences(string path) => File.ReadLines(path).Where(l => l.StartsWith("# sentences ", StringComparison.Ordinal))
        .Sum(l => int.Parse(l["# sentences ".Length..], CultureInfo.InvariantCulture));

    private static AcceptanceModel Export(TreeEnsemble<RegressionTree> ensemble)
    {
        var trees = ensemble.Trees.Select((t, k) => new AcceptanceTree(
            t.NumericalSplitFeatureIndexes.ToArray(),
            t.NumericalSplitThresholds.ToArray(),
            t.LeftChild.ToArray(),
            t.RightChild.ToArray(),
            t.LeafValues.Select(v => (float)(v * ensemble.TreeWeights[k])).ToArray())).ToArray();
        return new AcceptanceModel((float)ensemble.Bias, trees, []);
    }

    private static void Write(string output, AcceptanceModel model, List<(double Rate, double Threshold)> thresholds, IEnumerable<string> inputs)
    {
        using var w = new StreamWriter(output);
        w.WriteLine("# Acceptance model of the typo checker: FastTree (ML.NET 6.0.0) binary classifier, exported trees.");
        w.WriteLine("# Built by scripts/train-typo-acceptance.sh (tools/Monitor.Tools; recipe in models/README.md). Inputs (SHA-256):");
        foreach (var input in inputs)
        {
            using var stream = File.OpenRead(input);
            w.WriteLine($"#   {Path.GetFileName(input)} {Convert.ToHexStringLower(SHA256.HashData(stream))}");
        }
        w.WriteLine("features\t" + string.Join('\t', CandidateFeatures.Names));
        foreach (var (rate, threshold) in thresholds)
        {
            w.WriteLine(FormattableString.Invariant($"rate\t{rate}\t{threshold:R}"));
        }
        model.WriteTrees(w);
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
