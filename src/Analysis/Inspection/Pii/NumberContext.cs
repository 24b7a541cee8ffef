namespace Monitor.Analysis.Inspection.Pii;

/// <summary>
/// What the words before a number say it is: the nearest context word in the same clause (at most 24 chars back,
/// stopping at 。！？；，and line breaks), and whether an amount unit or currency sign sits around it.
/// </summary>
internal sealed class NumberContext(PiiTables tables)
{
    private const int LookBack = 24;
    private const string AmountUnits = "元万亿千百角分人户次件个份张台辆吨米亩斤克升%‰条项家所名位岁年月日天小时秒期届批轮";
    private const int OrganisationWindow = 30;
    private readonly string[] _organisations = tables.ContextWords.Where(w => w.Kind == "org").Select(w => w.Word).ToArray();
    private readonly Dictionary<char, (string Word, string Kind)[]> _byLastChar = tables.ContextWords
        .Where(w => w.Kind != "org")
        .GroupBy(w => w.Word[^1])
        .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The kind of the nearest context word before <paramref name="start"/>, or null.</summary>
    public string? NearestKind(string text, int start) => Nearest(text, start).Kind;

    /// <summary>
    /// The kind of the nearest context word before <paramref name="start"/> and whether the number is that word's
    /// value (only a colon, a space or 为/是 between them): in a 公示 row <c>序号1 张三 男 5301…</c> the 序号 names
    /// the 1, not the ID further on.
    /// </summary>
    public (string? Kind, bool Attached) Nearest(string text, int start)
    {
        var stop = Math.Max(0, start - LookBack);
        for (var p = start - 1; p >= stop; p--)
        {
            var c = text[p];
            if (c is '。' or '！' or '？' or '；' or '\n' or '，' or ',' or ';')
            {
                return (null, false);
            }
            if (!_byLastChar.TryGetValue(c, out var words))
            {
                continue;
            }
            foreach (var (word, kind) in words)
            {
                var from = p - word.Length + 1;
                if (from >= 0 && string.CompareOrdinal(text, from, word, 0, word.Length) == 0)
                {
                    return (kind, IsAttached(text, p + 1, start));
                }
            }
        }
        return (null, false);
    }

    private static bool IsAttached(string text, int from, int to)
    {
        if (to - from > 4)
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\u3000' or '\t' or ':' or '：' or '为' or '是' or '码' or '号' or '(' or '（' or '）' or ')'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>An organisation's name in the same sentence near the number: the account is the organisation's, not a person's.</summary>
    public bool NearOrganisation(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < OrganisationWindow && !IsSentenceEnd(text[from - 1]))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < OrganisationWindow && !IsSentenceEnd(text[to]))
        {
            to++;
        }
        var window = text.AsSpan(from, to - from);
        foreach (var word in _organisations)
        {
            if (window.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '\n';

    /// <summary>An amount, a count or an ordinal: a currency sign or 第 before, or a unit right after the number.</summary>
    public static bool IsQuantity(string text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        // A currency sign, or 第 (an ordinal: 第…期).
        if (before >= 0 && text[before] is '¥' or '￥' or '$' or '€' or '第')
        {
            return true;
        }
        var after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        return after < text.Length && AmountUnits.Contains(text[after]);
    }
}
