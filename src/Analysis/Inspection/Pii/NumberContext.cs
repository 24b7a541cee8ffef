namespace Monitor.Analysis.Inspection.Pii;

/// <summary>
/// What the words before a number say it is: the nearest context word in the same clause (at most 24 chars back,
/// stopping at 。！？；，and line breaks), and whether an amount unit or currency sign sits around it.
/// </summary>
internal sealed class NumberContext(PiiTables tables)
{
    private const int LookBack = 24;
    private const string AmountUnits = "元万亿千百角分人户次件个份张台辆吨米亩斤克升%‰条项家所名位岁年月日天小时秒";
    private readonly Dictionary<char, (string Word, string Kind)[]> _byLastChar = tables.ContextWords
        .GroupBy(w => w.Word[^1])
        .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The kind of the nearest context word before <paramref name="start"/>, or null.</summary>
    public string? NearestKind(string text, int start)
    {
        var stop = Math.Max(0, start - LookBack);
        for (var p = start - 1; p >= stop; p--)
        {
            var c = text[p];
            if (c is '。' or '！' or '？' or '；' or '\n' or '，' or ',' or ';')
            {
                return null;
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
                    return kind;
                }
            }
        }
        return null;
    }

    /// <summary>An amount or a count: a currency sign before, or a unit right after the number.</summary>
    public static bool IsQuantity(string text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        if (before >= 0 && text[before] is '¥' or '￥' or '$' or '€')
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
