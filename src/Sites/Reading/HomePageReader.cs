using AngleSharp.Dom;

namespace Monitor.Sites.Reading;

/// <summary>
/// Finds a home page's columns: blocks with a 更多 link (the block's title names the column, its rows are the
/// home-page items) and the navigation's links on the same site. A navigation entry that is also a block is one column.
/// </summary>
public static class HomePageReader
{
    private static readonly string[] MoreWords = ["更多", "more", ">>", "更多>>", "更多>", "+更多", "更多+", "查看更多", "more>>", "更多»", "»"];
    private static readonly string[] SkipNames = ["首页", "网站首页", "返回首页", "设为首页", "加入收藏", "无障碍", "English", "繁體", "繁体", "登录", "注册", "长者模式", "关怀版"];

    public static List<HomeColumn> Read(IDocument doc, Uri baseUri, DateOnly reference, Func<string, bool>? isKnownColumn = null)
    {
        var classify = isKnownColumn ?? (_ => false);
        var columns = new List<HomeColumn>();
        foreach (var more in doc.QuerySelectorAll("a[href]").Where(a => IsMore(PageParts.Text(a)) || IsHeadingLink(a)))
        {
            if (PageParts.Href(more, baseUri) is not { } url || columns.Any(c => c.Url == url) || PageParts.IsNavigation(more))
            {
                continue;
            }
            // A block titled by a link (<h3><a href="/gzdt/">工作动态</a></h3>) names itself; a 更多 link needs the block's title.
            var (name, block) = IsMore(PageParts.Text(more)) ? BlockTitle(more) : (PageParts.Text(more), RowsAbove(more));
            if (name is null || block is null || columns.Any(c => c.Name == name))
            {
                continue;
            }
            var items = block.QuerySelectorAll("li, tr").Where(r => r.QuerySelector("a[href]") is not null && r.QuerySelector("li, tr") is null)
                .Select(r => ListPageReader.ReadRow(r, baseUri, reference, null))
                .ToList();
            columns.Add(new HomeColumn(name, url, true, items));
        }

        var host = baseUri.Host;
        foreach (var a in doc.QuerySelectorAll("a[href]").Where(PageParts.IsNavigation))
        {
            var name = PageParts.Text(a);
            if (name.Length is < 2 or > 12 || SkipNames.Contains(name) || PageParts.Href(a, baseUri) is not { } url
                || !string.Equals(url.Host, host, StringComparison.OrdinalIgnoreCase) || IsHome(url, baseUri))
            {
                continue;
            }
            if (columns.Any(c => c.Url == url || c.Name == name))
            {
                continue;
            }
            columns.Add(new HomeColumn(name, url, false, []));
        }
        if (columns.Count == 0)
        {
            // Neither blocks nor a marked navigation: short same-site links that name a known kind of column.
            foreach (var a in doc.QuerySelectorAll("a[href]"))
            {
                var name = PageParts.Text(a);
                if (name.Length is >= 2 and <= 10 && !SkipNames.Contains(name) && classify(name) && PageParts.Href(a, baseUri) is { } url
                    && string.Equals(url.Host, host, StringComparison.OrdinalIgnoreCase) && !IsHome(url, baseUri) && columns.All(c => c.Url != url && c.Name != name))
                {
                    columns.Add(new HomeColumn(name, url, false, []));
                }
            }
        }
        return columns;
    }

    /// <summary>A short link inside a heading (h1–h6, or a title/hd element) of a block that has rows.</summary>
    private static bool IsHeadingLink(IElement a)
    {
        var text = PageParts.Text(a);
        if (text.Length is < 2 or > 12 || a.QuerySelector("img") is not null || PageParts.IsInChrome(a))
        {
            return false;
        }
        for (var (e, depth) = (a.ParentElement, 0); e is not null && depth < 2; e = e.ParentElement, depth++)
        {
            var marks = $"{e.ClassName} {e.Id}".ToLowerInvariant();
            if (e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || marks.Contains("tit") || marks.Contains("hd") || marks.Contains("head"))
            {
                return e.QuerySelector("li, tr") is null && RowsAbove(a) is not null;
            }
        }
        return false;
    }

    /// <summary>The nearest ancestor (within four levels) that holds list rows: the block a heading link titles.</summary>
    private static IElement? RowsAbove(IElement a)
    {
        var e = a.ParentElement;
        for (var depth = 0; e is not null && depth < 4; depth++, e = e.ParentElement)
        {
            if (e.QuerySelector("li, tr") is not null)
            {
                return e.LocalName is "body" or "html" ? null : e;
            }
        }
        return null;
    }

    /// <summary>Frames and iframes of a frameset portal: their pages are the home page's content.</summary>
    public static IEnumerable<Uri> Frames(IDocument doc, Uri baseUri) =>
        doc.QuerySelectorAll("frame[src], iframe[src]")
            .Select(f => Uri.TryCreate(baseUri, f.GetAttribute("src")!.Trim(), out var u) ? u : null)
            .Where(u => u is not null && u.Scheme is "http" or "https" && string.Equals(u.Host, baseUri.Host, StringComparison.OrdinalIgnoreCase))
            .Select(u => u!)
            .Distinct();

    private static bool IsMore(string text)
    {
        var t = text.Replace(" ", "").ToLowerInvariant();
        return t.Length > 0 && t.Length <= 8 && (MoreWords.Contains(t) || t.StartsWith("更多", StringComparison.Ordinal));
    }

    private static bool IsHome(Uri url, Uri home) =>
        url.AbsolutePath.TrimEnd('/') == home.AbsolutePath.TrimEnd('/')
        || url.AbsolutePath is "/" or "/index.html" or "/index.htm" or "/index.shtml" or "/index.jsp";

    /// <summary>Walks up from the 更多 link to the block that holds both a title and rows; the title is the block's first short heading text.</summary>
    private static (string? Name, IElement? Block) BlockTitle(IElement more)
    {
        var e = more.ParentElement;
        for (var depth = 0; e is not null && depth < 5; depth++, e = e.ParentElement)
        {
            var heading = e.QuerySelectorAll("h1, h2, h3, h4, h5, h6, [class*=tit], [class*=hd], [class*=head], [class*=name], strong, b, span, a")
                .Where(h => !h.Contains(more) && !more.Contains(h) && h.QuerySelector("li") is null)
                .Select(h => PageParts.Text(h))
                .FirstOrDefault(t => t.Length is >= 2 and <= 12 && !IsMore(t) && !DateReader.IsOnlyDate(t));
            if (heading is not null && e.QuerySelector("li, tr") is not null)
            {
                return (heading, e);
            }
        }
        return (null, null);
    }
}
