using System.Globalization;
using System.Text.RegularExpressions;
using Monitor.Shared;

namespace Monitor.Sources.Feed;

/// <summary>
/// RSS dates (RFC 822/1123, with GMT, a numeric offset or nothing at all) and ISO 8601 (Atom, JSON Feed).
/// A date without a zone is Shanghai time: we-mp-rss formats naive datetimes with an empty <c>%z</c>.
/// </summary>
public static partial class FeedDates
{
    private static readonly string[] Formats = ["d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yy HH:mm:ss", "d MMM yy HH:mm"];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var m = Rfc822().Match(text.Trim());
        if (!m.Success)
        {
            return ChinaTime.ParseIso(text);
        }
        if (!DateTime.TryParseExact(m.Groups["dt"].Value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var wall))
        {
            return null;
        }
        var offset = Offset(m.Groups["zone"].Value);
        return new DateTimeOffset(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified), offset);
    }

    private static TimeSpan Offset(string zone)
    {
        if (zone.Length == 5 && (zone[0] == '+' || zone[0] == '-'))
        {
            var span = new TimeSpan(int.Parse(zone.AsSpan(1, 2)), int.Parse(zone.AsSpan(3, 2)), 0);
            return zone[0] == '-' ? -span : span;
        }
        return zone.ToUpperInvariant() switch
        {
            "GMT" or "UT" or "UTC" or "Z" => TimeSpan.Zero,
            // "CST" on a Chinese feed is China Standard Time, not US Central.
            _ => ChinaTime.Offset,
        };
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s*)?(?<dt>\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*(?<zone>[+-]\d{4}|[A-Za-z]{1,5})?\s*$")]
    private static partial Regex Rfc822();
}
