namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>The sentence around a position, and the years it states (2018年), which a title is judged against instead of the post's date.</summary>
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

    public static List<int> In(string s, int start, int end)
    {
        var years = new List<int>();
        for (var i = start; i + 4 < end; i++)
        {
            if (s[i + 4] == '年' && IsDigits(s, i, 4) && (i == 0 || !char.IsAsciiDigit(s[i - 1])))
            {
                var year = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + s[i + 3] - '0';
                if (year is >= 1949 and <= 2100)
                {
                    years.Add(year);
                }
            }
        }
        return years;
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
