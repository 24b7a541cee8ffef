namespace Monitor.Shared;

/// <summary>
/// Asia/Shanghai, where every cut-off and every date a person reads lives. China has kept +08:00 without daylight
/// saving since 1991, so a fixed offset is the fallback where the system has no time-zone data.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = Find();

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The zone named <paramref name="id"/> (e.g. a job's configured zone), or Asia/Shanghai's fixed offset where the system lacks it.</summary>
    public static TimeZoneInfo FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id == "Asia/Shanghai")
        {
            return Zone;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return Zone;
        }
    }

    /// <summary>A Unix time as an instant at +08:00.</summary>
    public static DateTimeOffset FromUnixSeconds(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(Offset);

    /// <summary>A wall-clock time read in Beijing (platforms give many times without an offset).</summary>
    public static DateTimeOffset Local(DateTime wallClock) => new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), Offset);

    /// <summary><paramref name="nowUtc"/> at +08:00.</summary>
    public static DateTimeOffset Now(DateTime nowUtc) => new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)).ToOffset(Offset);

    /// <summary>The Beijing calendar date of a UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(Now(utc).DateTime);

    /// <summary>ISO 8601 or similar; a text without an offset is read as Beijing time.</summary>
    public static DateTimeOffset? ParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        if (HasOffset(t) && DateTimeOffset.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }
        return DateTime.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var wall)
            ? Local(wall)
            : null;
    }

    private static bool HasOffset(string t)
    {
        if (t.EndsWith('Z') || t.EndsWith('z'))
        {
            return true;
        }
        var timeStart = t.IndexOf('T') >= 0 ? t.IndexOf('T') : t.IndexOf(' ');
        return timeStart > 0 && (t.IndexOf('+', timeStart) > 0 || t.IndexOf('-', timeStart) > 0);
    }

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
