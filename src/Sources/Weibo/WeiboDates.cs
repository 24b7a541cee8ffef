using System.Globalization;
using System.Text.RegularExpressions;
using Monitor.Shared;

namespace Monitor.Sources.Weibo;

/// <summary>
/// Weibo's <c>created_at</c>: the ctime form (<c>Mon Jun 03 17:46:55 +0800 2024</c>) or the relative forms m.weibo.cn
/// shows (刚刚, N分钟前, N小时前, 今天/昨天 HH:mm, MM-DD, YYYY-MM-DD), resolved against the fetch time in Asia/Shanghai.
/// </summary>
public static partial class WeiboDates
{
    public static DateTimeOffset? Parse(string? text, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var s = text.Trim();
        var now = ChinaTime.Now(nowUtc);
        if (s == "刚刚")
        {
            return now;
        }
        var m = Ago().Match(s);
        if (m.Success)
        {
            var n = int.Parse(m.Groups[1].Value);
            return m.Groups[2].Value switch
            {
                "秒" => now.AddSeconds(-n),
                "分钟" => now.AddMinutes(-n),
                _ => now.AddHours(-n),
            };
        }
        m = DayClock().Match(s);
        if (m.Success)
        {
            var day = now.Date.AddDays(m.Groups[1].Value == "昨天" ? -1 : 0);
            var (hour, minute) = (int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
            return hour < 24 && minute < 60 ? ChinaTime.Local(day.AddHours(hour).AddMinutes(minute)) : null;
        }
        m = MonthDay().Match(s);
        if (m.Success)
        {
            var (month, dayOfMonth) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
            if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(now.Year, month))
            {
                return null;
            }
            var date = new DateTime(now.Year, month, dayOfMonth);
            // "12-30" read on 1 January is last year's.
            return ChinaTime.Local(date > now.Date ? date.AddYears(-1) : date);
        }
        if (DateTimeOffset.TryParseExact(s, "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var full))
        {
            return full;
        }
        return ChinaTime.ParseIso(s);
    }

    [GeneratedRegex(@"^(\d+)\s*(秒|分钟|小时)前$")]
    private static partial Regex Ago();

    [GeneratedRegex(@"^(今天|昨天)\s*(\d{1,2}):(\d{2})$")]
    private static partial Regex DayClock();

    [GeneratedRegex(@"^(\d{1,2})-(\d{1,2})$")]
    private static partial Regex MonthDay();
}
