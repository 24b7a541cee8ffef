using System.Text.RegularExpressions;
using Monitor.Shared;

namespace Monitor.Export;

/// <summary>
/// The editable parts of the notice, read from <c>models/templates/notice.md</c>: sections under <c>## 名称</c>,
/// paragraphs separated by blank lines, <c>{{占位符}}</c> filled from the values given.
/// </summary>
public sealed class NoticeTemplate(IReadOnlyDictionary<string, List<string>> sections)
{
    public static string DefaultPath => Path.Combine(RepoPaths.Models(), "templates", "notice.md");

    public static NoticeTemplate Load(string? path = null)
    {
        var sections = new Dictionary<string, List<string>>();
        List<string>? current = null;
        var paragraph = new List<string>();
        void Flush()
        {
            if (current is not null && paragraph.Count > 0)
            {
                current.Add(string.Concat(paragraph));
            }
            paragraph.Clear();
        }
        foreach (var raw in File.ReadLines(path ?? DefaultPath))
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                current = sections[line[3..].Trim()] = [];
            }
            else if (line.StartsWith('#'))
            {
                continue;
            }
            else if (line.Length == 0)
            {
                Flush();
            }
            else
            {
                paragraph.Add(line);
            }
        }
        Flush();
        return new NoticeTemplate(sections);
    }

    public IReadOnlyList<string> Section(string name, IReadOnlyDictionary<string, string> values) =>
        sections.TryGetValue(name, out var paragraphs)
            ? paragraphs.Select(p => Regex.Replace(p, @"\{\{(.+?)\}\}", m => values.TryGetValue(m.Groups[1].Value.Trim(), out var v) ? v : m.Value)).ToList()
            : [];
}
