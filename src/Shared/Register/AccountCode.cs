

namespace Monitor.Shared.Register;

/// <summary>
/// A parsed 政务新媒体标识码, e.g. <c>530621M008WX0001</c>: region code, M, a three-digit segment, platform code,
/// sequence. No official description of the format exists (reference/rules.md §3.2), so the code is stored as
/// given and parsed leniently: a code that does not fit is kept, only its parts are unknown.
/// </summary>
public sealed record AccountCode(string Raw, string? RegionCode, string? Segment, string? PlatformCode, string? Sequence)
{
    public bool IsWellFormed => RegionCode is not null;

    /// <summary>Platform codes seen or inferred (pinyin initials); unknown codes are a warning, never an error.</summary>
    public static readonly IReadOnlyDictionary<string, Domain.Platform> PlatformCodes = new Dictionary<string, Domain.Platform>
    {
        ["WX"] = Domain.Platform.WeChat,
        ["XL"] = Domain.Platform.Weibo,
        ["WB"] = Domain.Platform.Weibo,
        ["DY"] = Domain.Platform.Douyin,
        ["TT"] = Domain.Platform.Toutiao,
    };

    public Domain.Platform? Platform => PlatformCode is not null && PlatformCodes.TryGetValue(PlatformCode, out var p) ? p : null;

    public static AccountCode Parse(string raw)
    {
        var s = raw.Trim().ToUpperInvariant();
        // [6-digit region]M[3 digits][2-4 letters][4 digits]
        int i;
        if (s.Length < 15 || !AllDigits(s, 0, 6) || s[6] != 'M' || !AllDigits(s, 7, 3))
        {
            return new AccountCode(raw.Trim(), null, null, null, null);
        }
        i = 10;
        var letters = i;
        while (i < s.Length && s[i] is >= 'A' and <= 'Z')
        {
            i++;
        }
        var platformLen = i - letters;
        if (platformLen is < 2 or > 4 || s.Length - i != 4 || !AllDigits(s, i, 4))
        {
            return new AccountCode(raw.Trim(), null, null, null, null);
        }
        return new AccountCode(raw.Trim(), s[..6], s[7..10], s.Substring(letters, platformLen), s[i..]);
    }

    private static bool AllDigits(string s, int start, int count)
    {
        for (var k = start; k < start + count; k++)
        {
            if (k >= s.Length || !char.IsAsciiDigit(s[k]))
            {
                return false;
            }
        }
        return true;
    }
}
