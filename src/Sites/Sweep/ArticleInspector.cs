using AngleSharp.Dom;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Analysis.Inspection;
using Monitor.Analysis.Text;
using Monitor.Sites.Fetching;
using Monitor.Sites.Reading;
using Monitor.Sites.Status;

namespace Monitor.Sites.Sweep;

/// <summary>
/// Opens the newest column articles (those dated in the two weeks before the cut-off, newest first, at most
/// <see cref="SitesOptions.MaxArticlesPerSite"/>) and runs the same inspectors as posts over title and body
/// (typos, misstatements, personal data).
/// </summary>
public sealed class ArticleInspector(PageFetcher fetcher, InspectionRunner runner, IOptions<SitesOptions> options, ILogger<ArticleInspector> logger)
{
    private static readonly string[] ContentSelectors =
        ["#zoom", ".TRS_Editor", ".article-content", ".article", "article", "#content", ".content", ".detail", ".zw", ".con", "main"];

    public async Task<List<ArticleFinding>> InspectAsync(string siteName, IEnumerable<(string Column, ListItem Item)> articles, CancellationToken ct)
    {
        var findings = new List<ArticleFinding>();
        foreach (var (column, item) in articles.Where(a => a.Item.Url is not null).DistinctBy(a => a.Item.Url)
            .OrderByDescending(a => a.Item.Date).Take(options.Value.MaxArticlesPerSite))
        {
            string body;
            try
            {
                var page = await fetcher.FetchAsync(item.Url!, ct);
                if (!page.IsSuccess)
                {
                    continue;
                }
                body = MainText(page.Document);
            }
            catch (PageFetchException ex)
            {
                logger.LogInformation("Article {Url} not read: {Error}", item.Url, ex.Message);
                continue;
            }
            var context = new InspectionContext(item.Date ?? DateOnly.MinValue, siteName);
            foreach (var f in runner.Inspect(TextNormaliser.FromPlain(item.Title + "\n" + body), context))
            {
                findings.Add(new ArticleFinding(column, item.Title, item.Url?.ToString(), item.Date?.ToString("yyyy-MM-dd"),
                    f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.Excerpt, f.RuleId.StartsWith("pii.", StringComparison.Ordinal) ? null : f.Suggestion, f.Message));
            }
        }
        return findings;
    }

    /// <summary>The article body: the usual content containers of CMS templates, else the page without its chrome.</summary>
    public static string MainText(IDocument doc)
    {
        foreach (var selector in ContentSelectors)
        {
            if (doc.QuerySelector(selector) is { } e && PageParts.Text(e).Length >= 30)
            {
                return PageParts.SpacedText(e);
            }
        }
        foreach (var chrome in doc.QuerySelectorAll("script, style, nav, header, footer").ToList())
        {
            chrome.Remove();
        }
        return doc.Body is null ? "" : PageParts.SpacedText(doc.Body);
    }
}
