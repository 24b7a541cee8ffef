using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Monitor.Sites.Reading;

/// <summary>
/// Finds the item list of a column page: rows (li, tr, dd) with a link, outside the site chrome, grouped by parent;
/// the group with the most dated rows wins, else the one whose links read like article titles. Dates are read
/// from a cell or span that is only a date, else from the row's text outside its link. An override can name the
/// item, date and next-page selectors instead.
/// </summary>
public static partial class ListPageReader
{
    private static readonly string[] EmptyWords = ["暂无信息", "暂无数据", "暂无内容", "暂无记录", "没有记录", "暂无相关", "无相关信息", "没有找到"];
    private static readonly string[] NextWords = ["下一页", "下页", "后一页", "next", ">", "›", ">>"];

    public static ListPage Read(IDocument doc, Uri baseUri, DateOnly reference, SiteOverride? over = null)
    {
        var rows = over?.ItemSelector is { Length: > 0 } sel
            ? doc.QuerySelectorAll(sel).ToList()
            : doc.QuerySelectorAll("li, tr, dd").Where(e => e.QuerySelector("a[href]") is not null
                && e.QuerySelector("li, tr") is null && !PageParts.IsInChrome(e)).ToList();

        var items = new List<(IElement Parent, ListItem Item)>();
        foreach (var row in rows)
        {
            items.Add((row.ParentElement ?? row, ReadRow(row, baseUri, reference, over)));
        }

        List<ListItem> chosen;
        if (over?.ItemSelector is { Length: > 0 })
        {
            chosen = items.Select(i => i.Item).ToList();
        }
        else
        {
            var groups = items.GroupBy(i => i.Parent).Select(g => g.Select(i => i.Item).ToList()).ToList();
            chosen = groups.Where(g => g.Any(i => i.Date is not null)).OrderByDescending(g => g.Count(i => i.Date is not null)).FirstOrDefault()
                ?? groups.Where(g => g.Count >= 2 && g.Average(i => i.Title.Length) >= 8).OrderByDescending(g => g.Count).FirstOrDefault()
                ?? [];
        }

        var body = doc.Body is null ? "" : PageParts.Text(doc.Body);
        var saysEmpty = chosen.Count == 0 && EmptyWords.Any(body.Contains);
        var headers = doc.QuerySelectorAll("th").Select(PageParts.Text).ToList();
        return new ListPage(chosen, NextPage(doc, baseUri, over), saysEmpty, headers);
    }

    public static ListItem ReadRow(IElement row, Uri baseUri, DateOnly reference, SiteOverride? over)
    {
        var link = row.QuerySelectorAll("a[href]").OrderByDescending(a => PageParts.Text(a).Length).FirstOrDefault();
        var title = link is null ? PageParts.Text(row) : (link.GetAttribute("title") is { Length: > 0 } t ? t : PageParts.Text(link));
        var date = over?.DateSelector is { Length: > 0 } ds
            ? DateReader.Find(row.QuerySelector(ds)?.TextContent, reference)
            : ReadDate(row, link, reference);
        return new ListItem(title, link is null ? null : PageParts.Href(link, baseUri), date, PageParts.SpacedText(row));
    }

    private static DateOnly? ReadDate(IElement row, IElement? link, DateOnly reference)
    {
        foreach (var e in row.QuerySelectorAll("*").Where(e => e.ChildElementCount == 0))
        {
            var text = e.TextContent.Trim();
            if (text.Length is > 0 and < 30 && DateReader.IsOnlyDate(text) && DateReader.Find(text, reference) is { } d)
            {
                return d;
            }
        }
        var outside = PageParts.SpacedText(row);
        if (link is not null)
        {
            outside = outside.Replace(PageParts.SpacedText(link), " ");
        }
        return DateReader.Find(outside, reference) ?? (link is not null ? TrailingDate(PageParts.Text(link), reference) : null);
    }

    /// <summary>Some templates put the date inside the link, after the title.</summary>
    private static DateOnly? TrailingDate(string linkText, DateOnly reference) =>
        TrailingDatePattern().Match(linkText) is { Success: true } m ? DateReader.Find(m.Value, reference) : null;

    private static Uri? NextPage(IDocument doc, Uri baseUri, SiteOverride? over)
    {
        if (over?.NextPageSelector is { Length: > 0 } ns)
        {
            return doc.QuerySelector(ns) is { } a ? PageParts.Href(a, baseUri) : null;
        }
        foreach (var a in doc.QuerySelectorAll("a[href]"))
        {
            var text = PageParts.Text(a).ToLowerInvariant();
            if (NextWords.Contains(text) && PageParts.Href(a, baseUri) is { } next && next != baseUri)
            {
                return next;
            }
        }
        // TRS templates write the pager with script: createPageHTML(pages, current, "index", "html").
        var html = doc.DocumentElement.OuterHtml;
        if (TrsPager().Match(html) is { Success: true } m)
        {
            var pages = int.Parse(m.Groups[1].Value);
            var current = int.Parse(m.Groups[2].Value);
            if (current + 1 < pages && Uri.TryCreate(baseUri, $"{m.Groups[3].Value}_{current + 1}.{m.Groups[4].Value}", out var u))
            {
                return u;
            }
        }
        return null;
    }

    [GeneratedRegex(@"[\[\(（【]?\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[\]\)）】]?\s*$")]
    private static partial Regex TrailingDatePattern();

    [GeneratedRegex(@"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*[""']([\w-]+)[""']\s*,\s*[""'](\w+)[""']")]
    private static partial Regex TrsPager();
}
