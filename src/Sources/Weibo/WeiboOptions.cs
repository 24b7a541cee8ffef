namespace Monitor.Sources.Weibo;

/// <summary>m.weibo.cn settings, bound to <c>Monitor:Connectors:Weibo</c>.</summary>
public sealed class WeiboOptions : ConnectorOptions
{
    public const string Section = SectionPrefix + "Weibo";

    public WeiboOptions()
    {
        BaseUrl = "https://m.weibo.cn";
    }

    /// <summary>Visitor or login cookies (secret). Only some accounts need them.</summary>
    public string? Cookie { get; set; }

    /// <summary><c>107603</c> (classic post list) or <c>230413</c> (the list weibo-crawler moved to in 2022).</summary>
    public string ContainerPrefix { get; set; } = "107603";

    /// <summary>Expand long posts through <c>/statuses/extend</c>, so inspectors read the whole text.</summary>
    public bool ReadLongText { get; set; } = true;

    /// <summary>A public uid the settings test reads (default 人民日报): proves base URL, cookies and anti-crawl state.</summary>
    public string ProbeUid { get; set; } = "2803301701";
}
