namespace Monitor.Sources.Douyin;

/// <summary>Douyin open platform for authorised accounts (Handle = open_id), bound to <c>Monitor:Connectors:Douyin</c>.</summary>
public sealed class DouyinOptions : ConnectorOptions
{
    public const string Section = SectionPrefix + "Douyin";

    public DouyinOptions()
    {
        BaseUrl = "https://open.douyin.com";
    }

    public string? ClientKey { get; set; }

    /// <summary>Secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>open_id → refresh_token (secret), from each account's OAuth authorisation.</summary>
    public Dictionary<string, string> RefreshTokens { get; set; } = [];
}
