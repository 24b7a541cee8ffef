namespace Monitor.Sources;

/// <summary>Recognises the HTML a platform sends instead of data when it suspects a crawler.</summary>
public static class AntiCrawlPages
{
    private static readonly string[] Markers =
    [
        "Sina Visitor System", "visitor.passport", "passport.weibo", "captcha", "验证码", "安全验证",
        "环境异常", "访问过于频繁", "请登录", "登录后", "signin", "verify",
    ];

    public static bool LooksBlocked(string body) =>
        Markers.Any(m => body.Contains(m, StringComparison.OrdinalIgnoreCase));
}
