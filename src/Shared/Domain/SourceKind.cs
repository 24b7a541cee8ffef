namespace Monitor.Shared.Domain;

/// <summary>Where an account's posts come from. Decides which connector fetches it.</summary>
public enum SourceKind
{
    /// <summary>The platform's official API (the account authorised our app).</summary>
    OfficialApi,
    /// <summary>The platform's public web JSON (m.weibo.cn, Toutiao profile feed, article pages).</summary>
    Web,
    /// <summary>An RSS / Atom / JSON Feed bridge (RSSHub, wewe-rss, we-mp-rss) at <see cref="GovAccount.FeedUrl"/>.</summary>
    Feed,
    /// <summary>A JSON-lines or CSV file delivered by a data vendor (and the demo data).</summary>
    File,
    /// <summary>Not fetched automatically: posts arrive by import only.</summary>
    Manual,
}
