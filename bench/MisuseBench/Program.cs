// What the misuse rules (的/地/得 and word pairs) cost next to the typo checker: the typo inspector without the rules,
// then the rules alone (trigger scan, and the scan plus segmentation and rules of the sentences it lets through) over
// the same sentences, best of several rounds each. The rules are timed directly: an A/B of two inspectors cannot
// resolve a few per cent on this machine (two identical inspectors differ by up to 10 %, from memory placement).
// Usage: dotnet run -c Release --project bench/MisuseBench -- [corpus] [rounds]
using System.Diagnostics;
using System.Text;
using Monitor.Analysis.Inspection;
using Monitor.Analysis.Inspection.Typo;
using Monitor.Analysis.Inspection.Typo.Misuse;
using Monitor.Analysis.Segmentation;
using Monitor.Analysis.Text;
using Monitor.Shared;

var path = args.Length > 0 ? args[0] : Path.Combine(RepoPaths.DataDirectory(), "bench", "typoclean.txt");
var rounds = args.Length > 1 ? int.Parse(args[1]) : 5;
var lines = File.ReadAllLines(path);
var megabytes = lines.Sum(l => Encoding.UTF8.GetByteCount(l) + 1) / 1e6;
var texts = lines.Select(TextNormaliser.FromPlain).ToArray();
var sentences = texts.SelectMany(t => t.Sentences.Select(s => t.Normalised.Substring(s.Start, s.Length))).ToArray();
var context = new InspectionContext(new DateOnly(2026, 6, 1));
var models = RepoPaths.Models();
var typo = TypoInspector.Load(models, new TypoOptions { MisuseRules = false });
var table = MisuseTable.Load(Path.Combine(models, "typo"));
var rules = MisuseChecker.Load(models, PrefixTrie.Load(Path.Combine(models, "jieba", "dict.bin.gz")));

double Best(Func<int> run, out int count)
{
    count = run(); // warm-up
    var best = double.MaxValue;
    for (var r = 0; r < rounds; r++)
    {
        var watch = Stopwatch.StartNew();
        count = run();
        best = Math.Min(best, watch.Elapsed.TotalSeconds);
    }
    return best;
}

var typoTime = Best(() => texts.Sum(t => typo.Inspect(t, context).Count()), out var findings);
var scanTime = Best(() =>
{
    var n = 0;
    foreach (var s in sentences)
    {
        n += MisuseTriggers.Any(s, table) ? 1 : 0;
    }
    return n;
}, out var triggered);
var hits = new List<MisuseHit>();
var rulesTime = Best(() =>
{
    hits.Clear();
    foreach (var s in sentences)
    {
        rules.Check(s, _ => false, hits);
    }
    return hits.Count;
}, out var misuses);
Console.WriteLine($"corpus: {path}, {lines.Length} lines, {sentences.Length} sentences, {megabytes:F1} MB; best of {rounds} rounds");
Console.WriteLine($"typo checker without the rules: {typoTime:F3} s ({megabytes / typoTime:F2} MB/s), {findings} findings");
Console.WriteLine($"rules' trigger scan alone: {scanTime * 1000:F1} ms ({megabytes / scanTime:F0} MB/s), {triggered} sentences let through");
Console.WriteLine($"rules in full (scan, segmentation, rules): {rulesTime * 1000:F1} ms ({megabytes / rulesTime:F0} MB/s), {misuses} misuses");
Console.WriteLine($"rules' share: {rulesTime / typoTime:P1} of the typo checker's time");
