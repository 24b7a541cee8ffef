namespace Monitor.Sources.Feed;

/// <summary>
/// RSS / Atom / JSON Feed bridges, bound to <c>Monitor:Connectors:Feed</c>. <see cref="ConnectorOptions.BaseUrl"/> is the
/// self-hosted RSSHub (or wewe-rss, we-mp-rss) that relative feed paths such as <c>/weibo/user/1000000001</c> resolve against.
/// </summary>
public sealed class FeedOptions : ConnectorOptions
{
    public const string Section = SectionPrefix + "Feed";

    public FeedOptions()
    {
        BaseUrl = null;
        PermitsPerSecond = 2;
    }

    /// <summary>Sent as <c>Authorization: Bearer …</c> when the bridge is protected (secret).</summary>
    public string? AccessToken { get; set; }
}
