namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// Finds title mentions, longest surface first, skipping look-alikes: a vice title (副委员长 is not 委员长),
/// 总理事, 委员长期, 主席台/主席团.
/// </summary>
internal sealed class TitleScanner(MisstatementLexicon lexicon)
{
    private readonly Dictionary<char, TitleForm[]> _byFirst = lexicon.Titles
        .GroupBy(t => t.Surface[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Surface.Length).ToArray());

    private readonly bool[] _first = First(lexicon);

    public IEnumerable<TitleMention> Scan(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            if (!_first[s[i]])
            {
                i++;
                continue;
            }
            var form = At(s, i);
            if (form is null)
            {
                i++;
                continue;
            }
            var mention = new TitleMention([form], i, i + form.Surface.Length);
            var end = mention.End;
            while (end + 1 < s.Length && s[end] == '、' && At(s, end + 1) is { } next)
            {
                mention.Forms.Add(next);
                end += 1 + next.Surface.Length;
            }
            yield return mention with { End = end };
            i = end;
        }
    }

    private static bool[] First(MisstatementLexicon lexicon)
    {
        var first = new bool[char.MaxValue + 1];
        foreach (var title in lexicon.Titles)
        {
            first[title.Surface[0]] = true;
        }
        return first;
    }

    private TitleForm? At(string s, int i)
    {
        if (!_byFirst.TryGetValue(s[i], out var forms))
        {
            return null;
        }
        foreach (var form in forms)
        {
            var end = i + form.Surface.Length;
            if (end > s.Length || string.CompareOrdinal(s, i, form.Surface, 0, form.Surface.Length) != 0)
            {
                continue;
            }
            if (i > 0 && s[i - 1] == '副' && form.Surface[0] != '副')
            {
                return null;
            }
            var after = end < s.Length ? s[end] : '\0';
            var lookAlike = form.Surface[^1] switch
            {
                '理' => after is '事' or '论',
                '长' => after is '期' or '久' or '远' or '足' or '江' or '城',
                '席' => after is '台' or '团' or '位' or '令',
                _ => false,
            };
            return lookAlike ? null : form;
        }
        return null;
    }
}
