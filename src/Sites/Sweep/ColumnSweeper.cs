using Microsoft.Extensions.Options;
using Monitor.Shared;
using Monitor.Sites.Fetching;
using Monitor.Sites.Reading;
using Monitor.Sites.Status;

namespace Monitor.Sites.Sweep;

/// <summary>
/// Reads one column: its list page and, while every item on a page is still inside the class's window, the next
/// pages; then states it fresh, stale, blank, undated (items without readable dates: reported, not guessed) or
/// dated (a class with no update rule).
/// </summary>
public sealed class ColumnSweeper(PageFetcher fetcher, ColumnClassifier classifier, IOptions<SitesOptions> options)
{
    public async Task<ColumnRead> ReadAsync(HomeColumn column, ColumnClass? forced, SiteOverride? over, DateTime cutoffUtc, CancellationToken ct)
    {
        var o = options.Value;
        var cls = forced ?? classifier.Classify(column.Name);
        var cutoffDay = DateOnly.FromDateTime(ChinaTime.ToChina(cutoffUtc).DateTime);
        DateOnly? windowStart = cls switch
        {
            ColumnClass.Dynamic => cutoffDay.AddDays(-o.DynamicDays),
            ColumnClass.Notice => cutoffDay.AddMonths(-o.NoticeMonths),
            ColumnClass.Interaction => cutoffDay.AddYears(-1),
            _ => null,
        };
        var report = new ColumnReport
        {
            Name = column.Name,
            Url = column.Url.ToString(),
            Class = ColumnClassifier.Json(cls),
            ClassLabel = ColumnClassifier.Chinese(cls),
            OnHomePage = column.OnHomePage,
            WindowDays = cls is ColumnClass.Dynamic or ColumnClass.Notice && windowStart is { } ws ? cutoffDay.DayNumber - ws.DayNumber : null,
        };

        var items = new List<ListItem>();
        var messages = new List<Message>();
        var saysEmpty = false;
        var isSection = false;
        var visited = new HashSet<Uri>();
        Uri? next = column.Url;
        try
        {
            while (next is not null && visited.Add(next) && report.Pages < Math.Max(1, o.MaxListPages))
            {
                var page = await fetcher.FetchAsync(next, ct);
                if (!page.IsSuccess)
                {
                    if (report.Pages == 0)
                    {
                        report.Error = $"栏目页返回 HTTP {page.StatusCode}";
                    }
                    break;
                }
                report.Pages++;
                var baseUri = PageParts.BaseOf(page.Document, page.FinalUri);
                var list = ListPageReader.Read(page.Document, baseUri, cutoffDay, over);
                items.AddRange(list.Items);
                if (cls == ColumnClass.Interaction)
                {
                    messages.AddRange(InteractionReader.Read(list));
                }
                if (report.Pages == 1 && list.Items.Count == 0)
                {
                    saysEmpty = list.SaysEmpty;
                    // A navigation entry that opens a section page of its own blocks is not a blank column.
                    isSection = !saysEmpty && HomePageReader.Read(page.Document, baseUri, cutoffDay).Count(c => c.OnHomePage) >= 2;
                }
                var dated = list.Items.Where(i => i.Date is not null).ToList();
                var pageInWindow = windowStart is { } start && list.Items.Count > 0 && dated.Count == list.Items.Count && dated.Min(i => i.Date!.Value) >= start;
                next = pageInWindow ? list.NextPage : null;
            }
        }
        catch (PageFetchException ex)
        {
            report.Error = $"栏目页无法打开：{ex.Message}";
        }

        bool Counted(DateOnly d) => ChinaTime.StartOfDayUtc(d) < cutoffUtc;
        var latest = items.Concat(column.HomeItems).Where(i => i.Date is { } d && Counted(d)).Max(i => i.Date);
        var homeLatest = column.HomeItems.Where(i => i.Date is { } d && Counted(d)).Max(i => i.Date);
        var allItems = items.Count + column.HomeItems.Count;
        report.Items = items.Count;
        report.LatestItemDate = latest?.ToString("yyyy-MM-dd");
        report.ItemsInWindow = windowStart is { } w ? items.Count(i => i.Date is { } d && d >= w && Counted(d)) : 0;
        var anyDated = items.Concat(column.HomeItems).Any(i => i.Date is not null);
        report.State = (report.Error, allItems, anyDated) switch
        {
            (not null, 0, _) => "failed",
            (_, 0, _) when isSection => "section",
            (_, 0, _) => "blank",
            (_, _, false) => "undated",
            _ when cls is ColumnClass.Dynamic or ColumnClass.Notice => latest is { } l && l >= windowStart!.Value ? "fresh" : "stale",
            _ => "dated",
        };
        if (report.State == "blank" && saysEmpty)
        {
            report.Error = "栏目页显示“暂无信息”";
        }
        var newSince = cutoffDay.AddDays(-o.DynamicDays);
        var newItems = cls == ColumnClass.Interaction ? [] : items.Concat(column.HomeItems).Where(i => i.Date is { } d && d >= newSince && Counted(d)).ToList();
        return new ColumnRead(report, cls, latest, homeLatest, messages, newItems);
    }
}
