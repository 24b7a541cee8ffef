namespace Monitor.Shared;

/// <summary>
/// Asia/Shanghai, where every cut-off and every date a person reads lives. China has kept +08:00 without daylight
/// saving since 1991, so a fixed offset is the fallback where the system has no time-zone data.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = Find();

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    public static DateTimeOffset ToChina(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    public static string Date(DateTime utc) => ToChina(utc).ToString("yyyy-MM-dd");

    public static string DateAndTime(DateTime utc) => ToChina(utc).ToString("yyyy-MM-dd HH:mm");

    /// <summary>Midnight at the start of <paramref name="date"/> in Asia/Shanghai, as a UTC instant.</summary>
    public static DateTime StartOfDayUtc(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    /// <summary>The default cut-off of a sweep at <paramref name="nowUtc"/>: the last midnight in Asia/Shanghai.</summary>
    public static DateTime LastMidnightUtc(DateTime nowUtc) => StartOfDayUtc(DateOnly.FromDateTime(ToChina(nowUtc).DateTime));

    /// <summary>Parses a <c>YYYY-MM-DD</c> option; an empty one is today in Asia/Shanghai.</summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        if (string.IsNullOrEmpty(value))
        {
            date = Today(TimeProvider.System);
            return true;
        }
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "CST");
        }
    }
}
