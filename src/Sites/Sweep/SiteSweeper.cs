using AngleSharp.Dom;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared;
using Monitor.Shared.Domain;
using Monitor.Sites.Fetching;
using Monitor.Sites.Probes;
using Monitor.Sites.Reading;
using Monitor.Sites.Status;

namespace Monitor.Sites.Sweep;

/// <summary>
/// Sweeps one site at a cut-off: home page (and its frames), its columns, its links, and every rule's verdict,
/// into one <see cref="SiteReport"/>. Probes are judged from what the probe job (and this sweep) recorded.
/// </summary>
public sealed class SiteSweeper(PageFetcher fetcher, ColumnSweeper columns, ColumnClassifier classifier, LinkChecker links, ArticleInspector articles, OverrideStore overrides,
    TimeProvider time, IOptions<SitesOptions> options, ILogger<SiteSweeper> logger)
{
    public async Task<SiteReport> SweepAsync(GovSite site, IReadOnlyList<SiteProbe> probes, DateTime cutoffUtc, CancellationToken ct)
    {
        var o = options.Value;
        var report = NewReport(site, probes, cutoffUtc);
        var cutoffDay = DateOnly.FromDateTime(ChinaTime.ToChina(cutoffUtc).DateTime);
        var pages = new List<(IDocument Doc, Uri Base)>();
        try
        {
            var home = await fetcher.FetchAsync(new Uri(site.HomeUrl), ct);
            report.FinalUrl = home.FinalUri.ToString();
            report.Encoding = home.Encoding;
            if (!home.IsSuccess)
            {
                throw new PageFetchException($"首页返回 HTTP {home.StatusCode}");
            }
            var homeBase = PageParts.BaseOf(home.Document, home.FinalUri);
            pages.Add((home.Document, homeBase));
            foreach (var frame in HomePageReader.Frames(home.Document, homeBase).Take(5))
            {
                try
                {
                    var page = await fetcher.FetchAsync(frame, ct);
                    pages.Add((page.Document, PageParts.BaseOf(page.Document, page.FinalUri)));
                }
                catch (PageFetchException ex)
                {
                    logger.LogInformation("Frame {Url} of site {SiteId} not read: {Error}", frame, site.Id, ex.Message);
                }
            }
        }
        catch (PageFetchException ex)
        {
            return Failed(site, probes, cutoffUtc, ex.Message, report);
        }

        var over = overrides.Find(site);
        var found = new List<(HomeColumn Column, ColumnClass? Forced)>();
        if (over is { Columns.Count: > 0 })
        {
            foreach (var c in over.Columns.Where(c => Uri.TryCreate(pages[0].Base, c.Url, out _)))
            {
                var forced = Enum.TryParse<ColumnClass>(c.Class, true, out var k) ? k : (ColumnClass?)null;
                found.Add((new HomeColumn(c.Name, new Uri(pages[0].Base, c.Url), false, []), forced));
            }
        }
        else
        {
            foreach (var (doc, baseUri) in pages)
            {
                foreach (var c in HomePageReader.Read(doc, baseUri, cutoffDay, name => classifier.Classify(name) != ColumnClass.Other).Where(c => found.All(f => f.Column.Url != c.Url)))
                {
                    found.Add((c, null));
                }
            }
        }

        using var gate = new SemaphoreSlim(4);
        var reads = await Task.WhenAll(found.Select(async f =>
        {
            await gate.WaitAsync(ct);
            try
            {
                return await columns.ReadAsync(f.Column, f.Forced, over, cutoffUtc, ct);
            }
            finally
            {
                gate.Release();
            }
        }));
        report.Columns = reads.Select(r => r.Report).ToList();

        var (checkedCount, broken) = await links.CheckAsync(pages, new Uri(report.FinalUrl).Host, ct);
        report.LinksChecked = checkedCount;
        report.BrokenLinks = broken;

        report.ArticleFindings = await articles.InspectAsync(site.Name, reads.SelectMany(r => r.NewItems.Select(i => (r.Report.Name, i))), ct);

        SiteVerdicts.Judge(report, reads, cutoffUtc, o);
        return report;
    }

    /// <summary>The report of a site whose home page could not be read: probes judged, every content rule unknown.</summary>
    public SiteReport Failed(GovSite site, IReadOnlyList<SiteProbe> probes, DateTime cutoffUtc, string error, SiteReport? partial = null)
    {
        var report = partial ?? NewReport(site, probes, cutoffUtc);
        report.Fetch = "failed";
        report.FetchError = error;
        SiteVerdicts.Judge(report, [], cutoffUtc, options.Value);
        return report;
    }

    private SiteReport NewReport(GovSite site, IReadOnlyList<SiteProbe> probes, DateTime cutoffUtc)
    {
        var report = new SiteReport
        {
            Id = site.Id,
            Name = site.Name,
            SiteCode = site.SiteCode,
            Region = site.RegionName,
            Owner = site.Owner,
            HomeUrl = site.HomeUrl,
            Cutoff = ChinaTime.ToChina(cutoffUtc),
            SweptAt = ChinaTime.ToChina(time.GetUtcNow().UtcDateTime),
        };
        var (summary, verdict, evidence) = ProbeWindow.Judge(probes, cutoffUtc, options.Value);
        report.Probes = summary;
        SiteVerdicts.Set(report, SiteRuleIds.Unreachable, verdict, evidence);
        return report;
    }
}
