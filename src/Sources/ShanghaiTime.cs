using System.Globalization;

namespace Monitor.Sources;

/// <summary>Asia/Shanghai (UTC+8, no daylight saving since 1991): the zone of every time a platform gives without an offset.</summary>
public static class ShanghaiTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset FromUnixSeconds(long seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(Offset);

    /// <summary>A wall-clock time read in Shanghai.</summary>
    public static DateTimeOffset Local(DateTime wallClock) =>
        new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), Offset);

    public static DateTimeOffset Now(DateTime nowUtc) =>
        new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)).ToOffset(Offset);

    /// <summary>ISO 8601 or similar; a text without an offset is read as Shanghai time.</summary>
    public static DateTimeOffset? ParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        if (HasOffset(t) && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }
        return DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall)
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
}
