using AngleSharp.Html.Parser;

namespace Monitor.Sources;

/// <summary>Turns platform HTML (Weibo text, feed descriptions, article bodies) into the plain text inspectors read.</summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    public static string ToPlain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0)
        {
            return html.Trim();
        }
        var doc = Parser.ParseDocument("<body></body>");
        doc.Body!.InnerHtml = html.Replace("<br />", "\n").Replace("<br/>", "\n").Replace("<br>", "\n");
        // Emoji images carry their meaning in alt ([表情]); keep it as the platform's own text shows it.
        foreach (var img in doc.Body.QuerySelectorAll("img[alt]").ToList())
        {
            img.Replace(doc.CreateTextNode(img.GetAttribute("alt") ?? ""));
        }
        foreach (var block in doc.Body.QuerySelectorAll("p, div, li, blockquote").ToList())
        {
            block.Append(doc.CreateTextNode("\n"));
        }
        var text = doc.Body.TextContent.Replace('\u00A0', ' ').Replace('\u2002', ' ');
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }
}
