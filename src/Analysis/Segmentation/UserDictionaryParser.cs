using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Analysis.Segmentation;

/// <summary>
/// jieba's user dictionary format (<c>load_userdict</c>): one <c>word [freq] [tag]</c> per line, UTF-8, optional BOM;
/// a line is split by <c>^(.+?)( [0-9]+)?( [a-z]+)?$</c> after stripping ASCII whitespace, so a word may contain spaces.
/// The tag only matters to jieba's part-of-speech mode and is dropped.
/// </summary>
public static partial class UserDictionaryParser
{
    public static IEnumerable<(string Word, long? Frequency)> Parse(byte[] utf8)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8);
        foreach (var raw in text.Split('\n'))
        {
            // jieba strips the undecoded bytes (ASCII whitespace), then a leading BOM.
            var line = raw.AsSpan().Trim(" \t\n\r\v\f").TrimStart('\uFEFF');
            if (line.IsEmpty)
            {
                continue;
            }
            var match = Entry().Match(line.ToString());
            var frequency = match.Groups[2].Success ? long.Parse(match.Groups[2].ValueSpan.Trim(' ')) : (long?)null;
            yield return (match.Groups[1].Value, frequency);
        }
    }

    [GeneratedRegex("^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Entry();
}
