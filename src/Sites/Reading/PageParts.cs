using AngleSharp.Dom;

namespace Monitor.Sites.Reading;

/// <summary>Small DOM helpers shared by the home-page and list readers.</summary>
public static class PageParts
{
    private static readonly string[] ChromeWords = ["nav", "menu", "header", "footer", "foot", "banner", "crumb", "position", "location", "copyright", "friend", "yqlj"];

    /// <summary>Inside the site chrome (navigation, header, footer, breadcrumbs, friendly links) rather than the content.</summary>
    public static bool IsInChrome(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "nav" or "header" or "footer")
            {
                return true;
            }
            var marks = $"{e.Id} {e.ClassName}".ToLowerInvariant();
            if (marks.Length > 1 && ChromeWords.Any(w => marks.Contains(w)))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsNavigation(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "nav")
            {
                return true;
            }
            var marks = $"{e.Id} {e.ClassName}".ToLowerInvariant();
            if (marks.Contains("nav") || marks.Contains("menu"))
            {
                return true;
            }
        }
        return false;
    }

    public static string Text(INode node) => Squeeze(node.TextContent);

    /// <summary>The text with a space between every text node, so table cells do not run together (2026-05-012026-09-15).</summary>
    public static string SpacedText(INode node) =>
        Squeeze(string.Join(' ', node.GetDescendants().OfType<IText>().Select(t => t.Data)));

    public static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The absolute http(s) target of a link, or null for javascript:, mailto: and fragments.</summary>
    public static Uri? Href(IElement a, Uri baseUri)
    {
        var href = a.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href.StartsWith('#') || href.StartsWith("javascript", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (!Uri.TryCreate(baseUri, href, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        return new UriBuilder(uri) { Fragment = "" }.Uri;
    }

    /// <summary>The base for relative links: &lt;base href&gt; when the page has one, else where the page ended up.</summary>
    public static Uri BaseOf(IDocument doc, Uri finalUri) =>
        doc.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(finalUri, b, out var u) ? u : finalUri;
}
