namespace Monitor.Sources.Toutiao;

/// <summary>
/// The Toutiao web profile feed (Handle = the <c>MS4wLjABAAAA…</c> user token), bound to <c>Monitor:Connectors:Toutiao</c>.
/// The live site wants a signed <c>a_bogus</c>; point <see cref="ConnectorOptions.BaseUrl"/> at a signing proxy.
/// </summary>
public sealed class ToutiaoOptions : ConnectorOptions
{
    public const string Section = SectionPrefix + "Toutiao";

    public ToutiaoOptions()
    {
        BaseUrl = "https://www.toutiao.com";
    }

    /// <summary>Browser cookies (secret), when the proxy needs them passed through.</summary>
    public string? Cookie { get; set; }

    /// <summary><c>profile_all</c>, or <c>pc_profile_article</c> / <c>pc_profile_ugc</c> / <c>pc_profile_video</c>.</summary>
    public string Category { get; set; } = "profile_all";

    /// <summary>A public account token the settings test reads (the test needs one account to prove the signer works).</summary>
    public string? ProbeToken { get; set; }
}
