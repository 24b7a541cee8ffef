namespace Monitor.Sites;

/// <summary>
/// Bound to <c>Monitor:Sites</c>. The defaults are the 2019 website indicators (站点无法访问: a week, 20 visits a day,
/// 15 s, 5 %; 栏目不更新 and 空白栏目: 5 columns); the rest are limits that keep one sweep polite and bounded.
/// </summary>
public sealed class SitesOptions
{
    public const string Section = "Monitor:Sites";

    /// <summary>A probe fails when no complete answer came within this many seconds.</summary>
    public double ProbeTimeoutSeconds { get; set; } = 15;

    /// <summary>How many probes each home page gets a day; spread evenly, each site at its own offset.</summary>
    public int ProbesPerDay { get; set; } = 24;

    /// <summary>Probes a day the rule asks for: fewer over the window makes the verdict unknown.</summary>
    public int RequiredProbesPerDay { get; set; } = 20;

    public int ProbeWindowDays { get; set; } = 7;

    /// <summary>Failure share (percent, inclusive) at which 站点无法访问 fails.</summary>
    public double UnreachablePercent { get; set; } = 5;

    /// <summary>Requests to one host at a time, for probes, pages and links alike.</summary>
    public int PerHostConcurrency { get; set; } = 2;

    public double PageTimeoutSeconds { get; set; } = 30;

    /// <summary>Pages bigger than this are read up to here and parsed anyway (some portals serve several MB).</summary>
    public int MaxPageBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>List pages followed per column when every item on a page is still inside the window.</summary>
    public int MaxListPages { get; set; } = 10;

    public int MaxLinksChecked { get; set; } = 300;

    public double LinkTimeoutSeconds { get; set; } = 15;

    /// <summary>New column articles opened and inspected per site and sweep.</summary>
    public int MaxArticlesPerSite { get; set; } = 30;

    public int DynamicDays { get; set; } = 14;

    public int NoticeMonths { get; set; } = 6;

    /// <summary>栏目不更新 fails at this many stale dynamic/notice columns (inclusive); fewer is a warning.</summary>
    public int StaleColumnVeto { get; set; } = 5;

    /// <summary>空白栏目 fails at this many blank columns (inclusive); fewer is a warning.</summary>
    public int BlankColumnVeto { get; set; } = 5;

    public int InteractionMonths { get; set; } = 3;

    /// <summary>Folder of per-site override files (<c>&lt;网站标识码&gt;.json</c>) for sites the generic reader cannot parse.</summary>
    public string? OverridesDirectory { get; set; }

    /// <summary>Column name → class, first match wins. Replaces the default table when set.</summary>
    public List<ColumnClassRule>? ColumnClasses { get; set; }

    public string UserAgent { get; set; } = "Mozilla/5.0 (compatible; Monitor/1.0; +government website inspection)";
}
