using System.Text;
using System.Text.Json;
using Monitor.Analysis.Segmentation;
using Xunit.Abstractions;

namespace Monitor.Analysis.Tests.Segmentation;

/// <summary>
/// Agreement with Debian's python3-jieba on government text: the fixtures hold each line and
/// <c>" ".join(jieba.cut(line))</c>, recorded by <c>scripts/make-segment-fixture.py</c>.
/// </summary>
public class JiebaAgreementTests(ITestOutputHelper output)
{
    private sealed record Line(string Text, string Tokens);

    [Fact]
    public void agrees_with_jieba_on_at_least_999_per_mille_of_government_lines()
    {
        AssertAgreement(TestSegmenter.Shared, "jieba-agreement.jsonl", minimumLines: 5000);
    }

    [Fact]
    public void agrees_with_jieba_after_loading_the_same_user_dictionary()
    {
        var segmenter = TestSegmenter.Fresh();
        segmenter.AddWords(UserDictionaryParser.Parse(File.ReadAllBytes(TestSegmenter.Fixture("userdict.txt"))));

        AssertAgreement(segmenter, "jieba-agreement-userdict.jsonl", minimumLines: 1000);
    }

    private void AssertAgreement(ISegmenter segmenter, string fixture, int minimumLines)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var lines = File.ReadLines(TestSegmenter.Fixture(fixture), Encoding.UTF8)
            .Select(l => JsonSerializer.Deserialize<Line>(l, options)!)
            .ToList();
        var differences = lines
            .Select(l => (l.Text, Expected: l.Tokens, Actual: string.Join(' ', segmenter.Cut(l.Text))))
            .Where(l => l.Expected != l.Actual)
            .ToList();

        var agreement = 1.0 - (double)differences.Count / lines.Count;
        output.WriteLine($"{fixture}: {lines.Count} lines, {differences.Count} differ, agreement {agreement:P3}");
        foreach (var (text, expected, actual) in differences.Take(10))
        {
            output.WriteLine($"text:     {text}\njieba:    {expected}\nmonitor:  {actual}\n");
        }
        Assert.True(lines.Count >= minimumLines, $"{fixture} has only {lines.Count} lines");
        Assert.True(agreement >= 0.999, $"agreement {agreement:P3}; first differences (jieba, then monitor):\n"
            + string.Join('\n', differences.Take(5).Select(d => $"{d.Expected}\n{d.Actual}")));
    }
}
