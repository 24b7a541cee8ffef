using System.Text.RegularExpressions;
using Monitor.Shared.Domain;

namespace Monitor.Sources.Douyin;

/// <summary>Open-platform error codes (connectors.md §3.1) as typed failures; success needs every code at 0.</summary>
internal static partial class DouyinErrors
{
    public const string Source = "抖音（开放平台）";

    /// <summary>True for an envelope whose <c>error_code</c> is 2100004 (系统繁忙).</summary>
    public static bool IsBusy(string body) => body.Length < 4096 && Busy().IsMatch(body);

    [GeneratedRegex(@"""error_code""\s*:\s*2100004\b")]
    private static partial Regex Busy();

    public static T Check<T>(DouyinEnvelope<T> envelope) where T : DouyinData
    {
        var code = envelope.Data?.ErrorCode is > 0 ? envelope.Data.ErrorCode
            : envelope.Extra?.ErrorCode is > 0 ? envelope.Extra.ErrorCode
            : envelope.Extra?.SubErrorCode ?? 0;
        if (code == 0)
        {
            return envelope.Data ?? throw FetchErrors.Malformed(Source, "返回内容缺少 data");
        }
        var kind = code switch
        {
            2190008 or 2190002 or 10008 => FetchErrorKind.TokenExpired,
            10010 or 2190004 => FetchErrorKind.Unauthorized,
            2190015 => FetchErrorKind.Configuration,
            2190001 => FetchErrorKind.RateLimited,
            2100004 => FetchErrorKind.Network,
            _ => FetchErrorKind.Unknown,
        };
        var description = envelope.Data?.Description ?? envelope.Extra?.Description;
        throw FetchErrors.Platform(Source, kind, code.ToString(), description);
    }
}
