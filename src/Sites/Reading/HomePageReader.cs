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

    public static List<HomeColumn> Read(IDocument doc, Uri baseUri, DateOnly reference)
    {
        var columns = new List<HomeColumn>();
        foreach (var more in doc.QuerySelectorAll("a[href]").Where(a => IsMore(PageParts.Text(a))))
        {
            if (PageParts.Href(more, baseUri) is not { } url || columns.Any(c => c.Url == url))
            {
                continue;
            }
            var (name, block) = BlockTitle(more);
            if (name is null || block is null)
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
        return columns;
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
