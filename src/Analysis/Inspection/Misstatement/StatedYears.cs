namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>The sentence around a position, and the years or months it states (2018年, 2023年1月), which a title is judged against instead of the post's date.</summary>
internal static class StatedYears
{
    public static (int Start, int End) SentenceAround(string s, int position)
    {
        var start = position;
        while (start > 0 && !IsEnd(s[start - 1]))
        {
            start--;
        }
        var end = position;
        while (end < s.Length && !IsEnd(s[end]))
        {
            end++;
        }
        return (start, end);
    }

    public static int ParagraphStart(string s, int position)
    {
        var start = s.LastIndexOf('\n', Math.Max(0, position - 1));
        return start < 0 ? 0 : start + 1;
    }

    /// <summary>
    /// The periods the text states between <paramref name="start"/> and <paramref name="end"/>: 2018年 is the whole year,
    /// 2023年1月 that month only (李强 was not yet premier then, though he was later in 2023).
    /// </summary>
    public static List<StatedPeriod> In(string s, int start, int end)
    {
        var periods = new List<StatedPeriod>();
        for (var i = start; i + 4 < end; i++)
        {
            if (s[i + 4] == '年' && IsDigits(s, i, 4) && (i == 0 || !char.IsAsciiDigit(s[i - 1])))
            {
                var year = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + s[i + 3] - '0';
                if (year is >= 1949 and <= 2100)
                {
                    periods.Add(Month(s, i + 5, end, year) is { } month
                        ? new StatedPeriod(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1))
                        : new StatedPeriod(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1)));
                }
            }
        }
        return periods;
    }

    private static int? Month(string s, int at, int end, int year)
    {
        var digits = at + 1 < end && s[at + 1] == '月' ? 1 : at + 2 < end && s[at + 2] == '月' ? 2 : 0;
        if (digits == 0 || !IsDigits(s, at, digits))
        {
            return null;
        }
        var month = digits == 1 ? s[at] - '0' : (s[at] - '0') * 10 + s[at + 1] - '0';
        return month is >= 1 and <= 12 ? month : null;
    }

    private static bool IsDigits(string s, int start, int count)
    {
        for (var k = start; k < start + count; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsEnd(char c) => c is '。' or '！' or '？' or '；' or '\n' or '!' or '?';
}
