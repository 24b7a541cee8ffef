using System.Globalization;

namespace Monitor.Shared;

/// <summary>
/// Reads <c>--cutoff</c>: a date is that day's midnight in Asia/Shanghai; a time without an offset is Asia/Shanghai
/// wall-clock time; a time with an offset (or Z) is that instant. No value means the last midnight in Asia/Shanghai.
/// </summary>
public static class CutoffParser
{
    public static DateTime Parse(string? text, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ChinaTime.LastMidnightUtc(nowUtc);
        }
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ChinaTime.StartOfDayUtc(date);
        }
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$");
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant.UtcDateTime;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaTime.Zone);
        }
        throw new FormatException($"无法识别的监测时间点：{text}（示例：2026-11-16 或 2026-11-16T00:00:00+08:00）");
    }
}
