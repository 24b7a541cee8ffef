using System.Globalization;
using System.Text.Json;
using Monitor.Analysis.Inspection.Typo;
using Monitor.Shared;

namespace Monitor.Tools;

/// <summary>
/// Runs the typo detector over labelled sentences with a low threshold and records every candidate it puts to the
/// acceptance step: label (1 when it restores the gold text), set name, sentence number, features. The judge accepts
/// exactly the right candidates, so the detector goes on as a perfect acceptance step would let it.
/// Inputs: <c>NAME=FILE:clean</c> (one clean sentence a line), <c>NAME=FILE:inject</c> (clean lines, typos put in),
/// <c>NAME=FILE:pairs</c> (JSON lines {"src","tgt"}), <c>NAME=FILE:texts</c> (JSON lines {"text"}: clean posts).
/// </summary>
internal static class CandidateDump
{
    // Far below the shipped threshold: the model sees the weak candidates it may promote as well as the strong ones.
    private const double CandidateThreshold = 1.5;

    public static int Run(string lmPath, string output, string[] sets)
    {
        var shipped = TypoModel.Load(RepoPaths.Models());
        var model = new TypoModel(CharLanguageModel.Load(lmPath), shipped.Confusions, shipped.Dictionary, shipped.Protected, shipped.Broad);
        var detector = new TypoDetector(model, new TypoOptions { Threshold = CandidateThreshold, MaxPerSentence = 8 });
        using var writer = new StreamWriter(output);
        writer.WriteLine("label\tset\tsentence\t" + string.Join('\t', CandidateFeatures.Names));
        var values = new float[CandidateFeatures.Count];
        foreach (var set in sets)
        {
            var (name, pairs) = Read(set, model.Confusions);
            var n = 0;
            var positives = 0;
            var rows = 0;
            foreach (var (src, tgt) in pairs)
            {
                n++;
                detector.Detect(src, _ => false, (c, f) =>
                {
                    var right = string.CompareOrdinal(tgt, c.Offset, c.Replacement, 0, c.Length) == 0;
                    f.CopyTo(values);
                    writer.WriteLine($"{(right ? 1 : 0)}\t{name}\t{n}\t{string.Join('\t', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}");
                    positives += right ? 1 : 0;
                    rows++;
                    return right;
                });
            }
            writer.WriteLine($"# sentences {n}");
            Console.Error.WriteLine($"{name}: {n} sentences, {rows} candidates, {positives} right");
        }
        return 0;
    }

    private static (string Name, IEnumerable<(string Src, string Tgt)> Pairs) Read(string set, ConfusionSet confusions)
    {
        var eq = set.IndexOf('=');
        var colon = set.LastIndexOf(':');
        var name = set[..eq];
        var path = set[(eq + 1)..colon];
        var kind = set[(colon + 1)..];
        var lines = File.ReadLines(path).Where(l => l.Length > 0);
        return kind switch
        {
            "clean" => (name, lines.Select(l => (l, l))),
            "inject" => (name, Injected(lines, new ErrorInjector(confusions, seed: 16))),
            "pairs" => (name, lines.Select(l => JsonDocument.Parse(l).RootElement).Select(e =>
                (e.GetProperty("src").GetString()!, e.GetProperty("tgt").GetString()!))),
            "texts" => (name, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).Select(t => (t, t))),
            _ => throw new ArgumentException($"unknown kind {kind} in {set}"),
        };
    }

    private static IEnumerable<(string, string)> Injected(IEnumerable<string> lines, ErrorInjector injector)
    {
        foreach (var line in lines)
        {
            if (injector.Inject(line) is { } src)
            {
                yield return (src, line);
            }
        }
    }
}
