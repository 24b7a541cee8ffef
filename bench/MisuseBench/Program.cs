// What the misuse rules (的/地/得 and word pairs) add to the typo checker's time: the typo inspector with and without
// them over the same normalised lines, alternating, best round of each; CPU time of the process (single thread).
// Usage: dotnet run -c Release --project bench/MisuseBench -- [corpus] [rounds]
using System.Diagnostics;
using System.Text;
using Monitor.Analysis.Inspection;
using Monitor.Analysis.Inspection.Typo;
using Monitor.Analysis.Inspection.Typo.Misuse;
using Monitor.Analysis.Text;
using Monitor.Shared;

var path = args.Length > 0 ? args[0] : "/tmp/typoclean.txt";
var rounds = args.Length > 1 ? int.Parse(args[1]) : 5;
var lines = File.ReadAllLines(path);
var megabytes = lines.Sum(l => Encoding.UTF8.GetByteCount(l) + 1) / 1e6;
var texts = lines.Select(TextNormaliser.FromPlain).ToArray();
var context = new InspectionContext(new DateOnly(2026, 6, 1));
var with = TypoInspector.Load(RepoPaths.Models(), new TypoOptions());
var without = TypoInspector.Load(RepoPaths.Models(), new TypoOptions(), misuse: new MisuseOptions { Enabled = false });

(double Wall, double Cpu, int Findings) Run(TypoInspector inspector)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var findings = 0;
    foreach (var text in texts)
    {
        findings += inspector.Inspect(text, context).Count();
    }
    process.Refresh();
    return (watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds, findings);
}

Run(with);
Run(without);
var best = new Dictionary<string, (double Wall, double Cpu, int Findings)>
{
    ["with rules"] = (double.MaxValue, double.MaxValue, 0),
    ["without rules"] = (double.MaxValue, double.MaxValue, 0),
};
for (var r = 0; r < rounds; r++)
{
    foreach (var (name, inspector) in new[] { ("with rules", with), ("without rules", without) })
    {
        var run = Run(inspector);
        var old = best[name];
        best[name] = (Math.Min(old.Wall, run.Wall), Math.Min(old.Cpu, run.Cpu), run.Findings);
    }
}
Console.WriteLine($"corpus: {path}, {lines.Length} lines, {megabytes:F1} MB; best of {rounds} alternating rounds");
foreach (var (name, b) in best)
{
    Console.WriteLine($"typo {name}: {b.Wall:F3} s wall ({megabytes / b.Wall:F2} MB/s), {b.Cpu:F3} s CPU, {b.Findings} findings");
}
var w = best["with rules"];
var wo = best["without rules"];
Console.WriteLine($"rules' share: {(w.Wall - wo.Wall) / wo.Wall:P1} of wall time, {(w.Cpu - wo.Cpu) / wo.Cpu:P1} of CPU time");
