using System.Net;
using Monitor.Shared.Domain;

namespace Monitor.Sources;

/// <summary>The typed failures every source raises, with the Chinese message shown to users (never a URL, token or secret).</summary>
public static class FetchErrors
{
    public static FetchException Http(string source, HttpStatusCode status, TimeSpan? retryAfter) => (int)status switch
    {
        418 or 432 => new(FetchErrorKind.AntiCrawl, $"{source}：平台拒绝访问（HTTP {(int)status}，反爬虫拦截）"),
        401 => new(FetchErrorKind.Unauthorized, $"{source}：未授权（HTTP 401），请检查凭据"),
        403 => new(FetchErrorKind.AntiCrawl, $"{source}：平台拒绝访问（HTTP 403）"),
        404 or 410 => new(FetchErrorKind.NotFound, $"{source}：账号或地址不存在（HTTP {(int)status}）"),
        429 => new(FetchErrorKind.RateLimited, $"{source}：请求过于频繁（HTTP 429）", retryAfter: retryAfter),
        >= 500 => new(FetchErrorKind.Network, $"{source}：平台服务异常（HTTP {(int)status}），重试后仍失败"),
        _ => new(FetchErrorKind.MalformedResponse, $"{source}：平台返回了意外的状态码 HTTP {(int)status}"),
    };

    public static FetchException AntiCrawl(string source, string what) =>
        new(FetchErrorKind.AntiCrawl, $"{source}：{what}（疑似反爬虫拦截）");

    public static FetchException Malformed(string source, string what, Exception? inner = null) =>
        new(FetchErrorKind.MalformedResponse, $"{source}：无法解析平台返回内容：{what}", inner);

    public static FetchException Platform(string source, FetchErrorKind kind, string code, string? message) =>
        new(kind, $"{source}：平台返回错误 {code}{(string.IsNullOrWhiteSpace(message) ? "" : "：" + message)}");

    public static FetchException Configuration(string source, string what) =>
        new(FetchErrorKind.Configuration, $"{source}：配置错误：{what}");
}
