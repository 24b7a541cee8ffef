namespace Monitor.Sources.Weibo;

/// <summary>The official open API (<c>statuses/user_timeline</c>) for accounts that authorised our app, bound to <c>Monitor:Connectors:WeiboOfficial</c>.</summary>
public sealed class WeiboOfficialOptions : ConnectorOptions
{
    public const string Section = SectionPrefix + "WeiboOfficial";

    public WeiboOfficialOptions()
    {
        BaseUrl = "https://api.weibo.com";
    }

    /// <summary>uid → OAuth access_token (secret). Weibo tokens cannot be refreshed without the user: expiry is reported.</summary>
    public Dictionary<string, string> AccessTokens { get; set; } = [];

    /// <summary>Posts per page (the API allows up to 100).</summary>
    public int PageSize { get; set; } = 50;
}
