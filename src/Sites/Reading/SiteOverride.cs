namespace Monitor.Sites.Reading;

/// <summary>
/// A per-site override file (<c>&lt;网站标识码&gt;.json</c> in <c>Monitor:Sites:OverridesDirectory</c>) for sites the generic
/// reader cannot parse: the columns to check and the CSS selectors of list items, their dates and the next-page link.
/// </summary>
public sealed class SiteOverride
{
    /// <summary>When given, these columns replace the ones found on the home page.</summary>
    public List<OverrideColumn> Columns { get; set; } = [];
    public string? ItemSelector { get; set; }
    public string? DateSelector { get; set; }
    public string? NextPageSelector { get; set; }
}
