using System.Text.RegularExpressions;

namespace Monitor.Sites.Reading;

/// <summary>
/// Reads the date of a list item in the layouts portals use: 2026-12-01, 2026/12/01, 2026.12.01, 2026年12月1日, and the
/// short [12-01], (12-01), 12-01, 12月01日, whose year comes from context: the latest year that does not put the date
/// more than a couple of days after the reference (the cut-off), so [12-28] read at 2027-01-10 is 2026-12-28.
/// </summary>
public static partial class DateReader
{
    /// <summary>Short dates may be this many days after the reference (sites publish on the cut-off day).</summary>
    private const int SlackDays = 2;

    public static DateOnly? Find(string? text, DateOnly reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        foreach (Match m in FullDate().Matches(text))
        {
            if (Make(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)) is { } d)
            {
                return d;
            }
        }
        var trimmed = text.Trim();
        var shortMatch = BracketedShortDate().Match(trimmed);
        if (!shortMatch.Success)
        {
            shortMatch = BareShortDate().Match(trimmed);
        }
        return shortMatch.Success ? WithYear(int.Parse(shortMatch.Groups[1].Value), int.Parse(shortMatch.Groups[2].Value), reference) : null;
    }

    /// <summary>Every full date in the text, in order (a 留言 row shows when it was asked and when it was answered).</summary>
    public static List<DateOnly> FindAll(string? text)
    {
        var dates = new List<DateOnly>();
        foreach (Match m in FullDate().Matches(text ?? ""))
        {
            if (Make(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)) is { } d)
            {
                dates.Add(d);
            }
        }
        return dates;
    }

    /// <summary>True when the whole text is a date and nothing else (a date cell or span).</summary>
    public static bool IsOnlyDate(string text) =>
        FullDateOnly().IsMatch(text.Trim()) || BareShortDate().IsMatch(text.Trim()) || BracketedShortDateOnly().IsMatch(text.Trim());

    public static DateOnly? WithYear(int month, int day, DateOnly reference)
    {
        var latest = reference.AddDays(SlackDays);
        for (var year = latest.Year; year >= latest.Year - 4; year--)
        {
            if (Make(year, month, day) is { } d && d <= latest)
            {
                return d;
            }
        }
        return null;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^[\[\(（【]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]\)）】]?$")]
    private static partial Regex FullDateOnly();

    [GeneratedRegex(@"[\[\(（【]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[\]\)）】]")]
    private static partial Regex BracketedShortDate();

    [GeneratedRegex(@"^[\[\(（【]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[\]\)）】]$")]
    private static partial Regex BracketedShortDateOnly();

    [GeneratedRegex(@"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")]
    private static partial Regex BareShortDate();
}
