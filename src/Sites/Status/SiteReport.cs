namespace Monitor.Sites.Status;

/// <summary>
/// One site at one cut-off, as <c>monitor sites status --format json</c> prints it and as the sweep stores it
/// (docs/sites.md documents every field). Dates are China dates (yyyy-MM-dd); instants carry +08:00.
/// </summary>
public sealed class SiteReport
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string? SiteCode { get; set; }
    public string? Region { get; set; }
    public string Owner { get; set; } = "";
    public string HomeUrl { get; set; } = "";
    /// <summary>Where the home page ended up after redirects (a new domain after 集约化 migration).</summary>
    public string? FinalUrl { get; set; }
    public DateTimeOffset Cutoff { get; set; }
    public DateTimeOffset SweptAt { get; set; }
    /// <summary>ok | failed: whether the home page could be read at the sweep.</summary>
    public string Fetch { get; set; } = "ok";
    public string? FetchError { get; set; }
    public string? Encoding { get; set; }
    public ProbeSummary Probes { get; set; } = new();
    public List<ColumnReport> Columns { get; set; } = [];
    public List<string> StaleColumns { get; set; } = [];
    public List<string> BlankColumns { get; set; } = [];
    /// <summary>Columns with items whose dates could not be read: reported, never guessed.</summary>
    public List<string> UndatedColumns { get; set; } = [];
    public int LinksChecked { get; set; }
    public List<BrokenLink> BrokenLinks { get; set; } = [];
    public InteractionReport? Interaction { get; set; }
    /// <summary>What the post inspectors found in the new column articles (typos, misstatements, personal data).</summary>
    public List<ArticleFinding> ArticleFindings { get; set; } = [];
    /// <summary>Rule id → pass | fail | warning | unknown.</summary>
    public Dictionary<string, string> Verdicts { get; set; } = [];
    /// <summary>Rule id → why, in Chinese.</summary>
    public Dictionary<string, string> Evidence { get; set; } = [];
}
