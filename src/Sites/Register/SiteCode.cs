using System.Text.RegularExpressions;

namespace Monitor.Sites.Register;

/// <summary>
/// A 政府网站标识码: ten characters, a six-digit GB/T 2260 region code (or <c>bm</c> and four digits for a State
/// Council department) and a four-digit sequence, e.g. <c>4300000077</c>, <c>bm55000001</c>. No official format is
/// published, so a code that does not fit is kept as given and only its region is unknown.
/// </summary>
public sealed partial record SiteCode(string Raw, string? RegionCode, bool IsDepartment)
{
    public bool IsWellFormed => RegionCode is not null || IsDepartment;

    public static SiteCode Parse(string raw)
    {
        var s = raw.Trim();
        var m = Pattern().Match(s);
        if (!m.Success)
        {
            return new SiteCode(s, null, false);
        }
        var prefix = m.Groups[1].Value;
        return prefix.StartsWith("bm", StringComparison.OrdinalIgnoreCase)
            ? new SiteCode(s, null, true)
            : new SiteCode(s, prefix, false);
    }

    [GeneratedRegex(@"^(\d{6}|[bB][mM]\d{4})\d{4}$")]
    private static partial Regex Pattern();
}
