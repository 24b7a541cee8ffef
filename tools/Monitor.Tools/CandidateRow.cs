using System.Globalization;
using Microsoft.ML.Data;
using Monitor.Analysis.Inspection.Typo;

namespace Monitor.Tools;

/// <summary>One recorded candidate (a row of <see cref="CandidateDump"/>'s output) as ML.NET reads it.</summary>
internal sealed class CandidateRow
{
    public bool Label { get; set; }

    /// <summary>How much the row counts in training (real typos of ECSpell may count more than injected ones).</summary>
    public float Weight { get; set; } = 1;

    [VectorType(CandidateFeatures.Count)]
    public float[] Features { get; set; } = [];

    [NoColumn]
    public string Set { get; set; } = "";

    [NoColumn]
    public int Sentence { get; set; }

    public static IEnumerable<CandidateRow> Read(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var f = line.Split('\t');
            yield return new CandidateRow
            {
                Label = f[0] == "1",
                Set = f[1],
                Sentence = int.Parse(f[2], CultureInfo.InvariantCulture),
                Features = f[3..].Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray(),
            };
        }
    }
}
