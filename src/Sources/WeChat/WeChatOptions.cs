namespace Monitor.Sources.WeChat;

/// <summary>WeChat official API for authorised accounts (Handle = AppID), bound to <c>Monitor:Connectors:WeChat</c>.</summary>
public sealed class WeChatOptions : ConnectorOptions
{
    public const string Section = SectionPrefix + "WeChat";

    public WeChatOptions()
    {
        BaseUrl = "https://api.weixin.qq.com";
        PermitsPerSecond = 5;
    }

    /// <summary>AppID → AppSecret (secret), e.g. <c>Monitor__Connectors__WeChat__AppSecrets__wx0123=…</c>.</summary>
    public Dictionary<string, string> AppSecrets { get; set; } = [];

    /// <summary>Also read <c>datacube/getarticletotaldetail</c>, the only API that sees 群发 articles; without it coverage is Partial.</summary>
    public bool UseDatacube { get; set; } = true;

    /// <summary>Days per datacube call (the platform's maximum span is unconfirmed; 1 is safe).</summary>
    public int DatacubeDaysPerCall { get; set; } = 1;

    /// <summary>Open each article page for the 原创 marker and deleted/blocked states.</summary>
    public bool ReadArticlePages { get; set; }

    /// <summary>Replaces <c>https://mp.weixin.qq.com</c> in article links (a fake server in tests, a proxy in production).</summary>
    public string? ArticleBaseUrl { get; set; }
}
