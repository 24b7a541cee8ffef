using System.Globalization;
using System.Text.Json;
using Monitor.Analysis.Inspection;

namespace Monitor.Tools.Evaluation;

/// <summary>
/// Evaluates <see cref="LineChecker"/> on a labelled JSON-lines file: <c>{"text":…,"spans":[{"start","length","kind"}]}</c>,
/// with an optional <c>"date":"YYYY-MM-DD"</c> (the post's date) per line.
/// </summary>
public static class LabelledFile
{
    /// <param name="families">Rule families to score (<c>pii</c>, <c>misstatement</c>); null scores every finding. A set that
    /// labels no typos must not count the typo checker's findings as false alarms.</param>
    public static SpanEvaluation Evaluate(LineChecker checker, IEnumerable<string> lines, DateOnly defaultDate, IReadOnlySet<string>? families = null)
    {
        var evaluation = new SpanEvaluation();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var date = root.TryGetProperty("date", out var d) && d.GetString() is { } ds
                ? DateOnly.ParseExact(ds, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : defaultDate;
            var gold = root.TryGetProperty("spans", out var spans)
                ? spans.EnumerateArray().Select(s => new LabelledSpan(
                    s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32(), Scored(s.GetProperty("kind").GetString()!))).ToList()
                : [];
            var predicted = checker.Check(text, date)
                .Where(f => families is null || families.Contains(f.RuleId.Split('.')[0]))
                .Select(f => new LabelledSpan(f.Start, f.Length, Scored(LineChecker.KindOf(f.RuleId))))
                .ToList();
            evaluation.Add(number, gold, predicted);
        }
        return evaluation;
    }

    // Outside checks score a misspelt official name as a formulation: one kind here too, so a name labelled either
    // way counts once.
    private static string Scored(string kind) => kind == "official-name" ? "formulation" : kind;
}
