using System.Globalization;
using System.Text.RegularExpressions;

namespace Monitor.Analysis.Compliance;

/// <summary>
/// A reporting period in Asia/Shanghai dates: a quarter (<c>2026Q3</c>), a month (<c>2026-10</c>) or a custom window
/// (<c>2026-10-01..2026-10-31</c>, both ends inclusive).
/// </summary>
public sealed record ReportPeriod(PeriodKind Kind, DateOnly Start, DateOnly End)
{
    private static readonly string[] QuarterNames = ["一", "二", "三", "四"];

    /// <summary>The years a report can cover; beyond them the UTC bounds of a China day overflow (9999Q4, 0000Q1).</summary>
    public const int FirstYear = 2000, LastYear = 2099;

    public static ReportPeriod Parse(string? text)
    {
        var t = (text ?? "").Trim();
        ReportPeriod period;
        try
        {
            period = ParseUnchecked(t);
        }
        catch (ArgumentOutOfRangeException)
        {
            period = new(PeriodKind.Custom, DateOnly.MinValue, DateOnly.MinValue);
        }
        if (period.Start.Year < FirstYear || period.End.Year > LastYear)
        {
            throw new FormatException($"统计时段超出范围：{t}（只能统计 {FirstYear} 年至 {LastYear} 年）");
        }
        return period;
    }

    private static ReportPeriod ParseUnchecked(string t)
    {
        if (Regex.Match(t, @"^(\d{4})[Qq]([1-4])$") is { Success: true } q)
        {
            var start = new DateOnly(int.Parse(q.Groups[1].Value, CultureInfo.InvariantCulture), (int.Parse(q.Groups[2].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1);
            return new(PeriodKind.Quarter, start, start.AddMonths(3).AddDays(-1));
        }
        if (Regex.Match(t, @"^(\d{4})-(\d{1,2})$") is { Success: true } m
            && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month)
        {
            var start = new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), month, 1);
            return new(PeriodKind.Month, start, start.AddMonths(1).AddDays(-1));
        }
        var parts = t.Split("..");
        if (parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            if (to < from)
            {
                throw new FormatException($"时间段的结束日期早于开始日期：{t}");
            }
            return new(PeriodKind.Custom, from, to);
        }
        throw new FormatException($"无法识别的时间段：{t}（示例：2026Q3 表示三季度，2026-10 表示10月，2026-10-01..2026-10-31 表示自定义起止日期）");
    }

    public DateTime StartUtc => Monitor.Shared.ChinaTime.StartOfDayUtc(Start);
    /// <summary>Exclusive: midnight after the last day.</summary>
    public DateTime EndUtc => Monitor.Shared.ChinaTime.StartOfDayUtc(End.AddDays(1));

    /// <summary>The period of the same length just before this one (the previous quarter, month or window).</summary>
    public ReportPeriod Previous() => Kind switch
    {
        PeriodKind.Quarter => new(Kind, Start.AddMonths(-3), Start.AddDays(-1)),
        PeriodKind.Month => new(Kind, Start.AddMonths(-1), Start.AddDays(-1)),
        _ => new(Kind, Start.AddDays(-(End.DayNumber - Start.DayNumber + 1)), Start.AddDays(-1)),
    };

    /// <summary>How the notices name the period: 2026年三季度, 2026年10月, 2026年10月1日至10月31日.</summary>
    public string Title => Kind switch
    {
        PeriodKind.Quarter => $"{Start.Year}年{QuarterNames[(Start.Month - 1) / 3]}季度",
        PeriodKind.Month => $"{Start.Year}年{Start.Month}月",
        _ => $"{Start.Year}年{Start.Month}月{Start.Day}日至{(End.Year != Start.Year ? $"{End.Year}年" : "")}{End.Month}月{End.Day}日",
    };

    /// <summary>The form <see cref="Parse"/> reads, for file names and links.</summary>
    public string Code => Kind switch
    {
        PeriodKind.Quarter => $"{Start.Year}Q{(Start.Month - 1) / 3 + 1}",
        PeriodKind.Month => $"{Start:yyyy-MM}",
        _ => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}",
    };

    public override string ToString() => Code;
}
