using System.Text.RegularExpressions;
using Monitor.Shared;
using Monitor.Shared.Domain;

namespace Monitor.Sources.WeChat;

/// <summary>The cgi-bin errcode table (connectors.md §1.1) as typed failures; 40001, 40014 and 42001 all mean "refresh the token".</summary>
internal static partial class WeChatErrors
{
    public const string Source = "微信公众号（官方接口）";

    /// <summary>True for the <c>{"errcode":-1,…}</c> envelope (系统繁忙), whatever the endpoint.</summary>
    public static bool IsBusy(string body) => body.Length < 4096 && Busy().IsMatch(body);

    [GeneratedRegex(@"""errcode""\s*:\s*-1\b")]
    private static partial Regex Busy();

    public static T Check<T>(T answer, DateTime nowUtc) where T : IWeChatAnswer
    {
        if (answer.Errcode is null or 0)
        {
            return answer;
        }
        var code = answer.Errcode.Value;
        var kind = code switch
        {
            40001 or 40014 or 42001 => FetchErrorKind.TokenExpired,
            -1 => FetchErrorKind.Network,
            45009 => FetchErrorKind.RateLimited,
            48001 => FetchErrorKind.Unauthorized,
            40013 or 40125 or 40164 or 41002 or 41004 => FetchErrorKind.Configuration,
            _ => FetchErrorKind.Unknown,
        };
        // The daily quota resets at midnight Beijing time.
        TimeSpan? retryAfter = code == 45009 ? ChinaTime.Now(nowUtc).Date.AddDays(1) - ChinaTime.Now(nowUtc).DateTime : null;
        var hint = code switch
        {
            40164 => "（服务器 IP 不在公众号白名单）",
            48001 => "（公众号未获得该接口权限）",
            45009 => "（今日调用次数已用完）",
            -1 => "（系统繁忙）",
            _ => "",
        };
        throw new FetchException(kind, $"{Source}：平台返回错误 {code}{hint}：{answer.Errmsg}", retryAfter: retryAfter);
    }
}
