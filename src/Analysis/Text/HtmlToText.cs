using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Monitor.Analysis.Text;

/// <summary>
/// HTML to plain text with AngleSharp: block elements become line breaks, table cells spaces, scripts and styles
/// are dropped, entities decoded; every text char keeps the span of raw HTML it came from.
/// </summary>
internal static class HtmlToText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "textarea", "svg", "math", "iframe",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
        "tfoot", "tr", "ul", "body", "html",
    };

    private static readonly HtmlParser Parser = new();

    public static void Convert(string html, CharFolder sink)
    {
        var document = Parser.ParseDocument(html);
        var aligner = new HtmlSourceAligner(html);
        if (document.Body is { } body)
        {
            Visit(body, aligner, sink, insidePre: false);
        }
    }

    private static void Visit(INode node, HtmlSourceAligner aligner, CharFolder sink, bool insidePre)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    EmitText(text.Data, aligner, sink, insidePre);
                    break;
                case IElement element when !Skipped.Contains(element.LocalName):
                    var name = element.LocalName;
                    if (name == "br")
                    {
                        sink.Feed('\n', aligner.Cursor, aligner.Cursor);
                        break;
                    }
                    var block = Blocks.Contains(name);
                    var cell = name is "td" or "th";
                    if (block)
                    {
                        sink.Feed('\n', aligner.Cursor, aligner.Cursor);
                    }
                    Visit(element, aligner, sink, insidePre || name == "pre");
                    if (block || cell)
                    {
                        sink.Feed(block ? '\n' : ' ', aligner.Cursor, aligner.Cursor);
                    }
                    break;
            }
        }
    }

    private static void EmitText(string data, HtmlSourceAligner aligner, CharFolder sink, bool insidePre)
    {
        for (var i = 0; i < data.Length;)
        {
            var consumed = aligner.Align(data, i, out var start, out var end);
            for (var k = 0; k < consumed; k++)
            {
                var c = data[i + k];
                // Outside <pre>, a line break in the source is layout, rendered as a space.
                if (!insidePre && c is '\n' or '\r' or '\t')
                {
                    c = ' ';
                }
                sink.Feed(c, start, end);
            }
            i += consumed;
        }
    }
}
