namespace Monitor.Shared.Domain;

/// <summary>Chinese display names and the aliases a register spreadsheet uses for each platform.</summary>
public static class PlatformNames
{
    public static string Chinese(Platform platform) => platform switch
    {
        Platform.WeChat => "微信公众号",
        Platform.Weibo => "微博",
        Platform.Douyin => "抖音",
        Platform.Toutiao => "今日头条",
        _ => "其他",
    };

    /// <summary>The short form the notices use in their per-platform tables (微信 / 微博 / 抖音 / 头条).</summary>
    public static string Short(Platform platform) => platform switch
    {
        Platform.WeChat => "微信",
        Platform.Weibo => "微博",
        Platform.Douyin => "抖音",
        Platform.Toutiao => "头条",
        _ => "其他",
    };

    /// <summary>Parses what people write in a register's 平台 column: 微信公众号, 微信服务号, 新浪微博, 头条号, WX …</summary>
    public static Platform? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim().ToUpperInvariant();
        if (t.Contains("微信") || t.Contains("公众号") || t.Contains("服务号") || t.Contains("订阅号") || t is "WX" or "WECHAT")
        {
            return Platform.WeChat;
        }
        if (t.Contains("微博") || t is "XL" or "WB" or "WEIBO")
        {
            return Platform.Weibo;
        }
        if (t.Contains("抖音") || t is "DY" or "DOUYIN")
        {
            return Platform.Douyin;
        }
        if (t.Contains("头条") || t is "TT" or "TOUTIAO")
        {
            return Platform.Toutiao;
        }
        return null;
    }
}
