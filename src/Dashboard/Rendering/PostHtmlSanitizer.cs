using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Monitor.Analysis.Inspection;

namespace Monitor.Dashboard.Rendering;

/// <summary>
/// Turns a platform's untrusted post HTML into markup safe to show on the dashboard. It never edits the parsed DOM:
/// it writes a new document from an allow-list, so anything it does not know is either unwrapped (its text kept) or
/// dropped. Images become a text placeholder: a reviewer's browser must not call the platforms (tracking pixels,
/// hot-link checks) and inline <c>data:</c> images would let a post carry arbitrary payloads (SVG) into the page.
/// </summary>
public static class PostHtmlSanitizer
{
    public const string ImagePlaceholder = "[图片]";
    private const int MaxDepth = 64;

    private static readonly FrozenSet<string> Kept = FrozenSet.ToFrozenSet(
    [
        "p", "br", "span", "strong", "b", "em", "i", "u", "s", "sub", "sup", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "pre", "hr", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "section", "a",
    ], StringComparer.Ordinal);

    /// <summary>Elements dropped with everything inside them: active content, forms, metadata, foreign XML.</summary>
    private static readonly FrozenSet<string> Dropped = FrozenSet.ToFrozenSet(
    [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "select",
        "textarea", "option", "link", "meta", "base", "svg", "math", "template", "noscript", "noembed", "noframes", "audio",
        "video", "source", "track", "canvas", "title", "head", "xmp", "plaintext", "dialog", "portal",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(["br", "hr"], StringComparer.Ordinal);

    /// <summary>
    /// The sanitised markup, with every string of <paramref name="hidden"/> (personal data the inspectors found) masked
    /// in the text; null when such a string survives anyway (split across elements), so the caller shows nothing.
    /// </summary>
    public static string? Sanitise(string? html, IReadOnlyCollection<string>? hidden = null)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        var parser = new HtmlParser();
        var body = parser.ParseDocument("").Body!;
        var output = new Writer(hidden ?? []);
        foreach (var node in parser.ParseFragment(html, body))
        {
            output.Node(node, 0);
        }
        return output.Leaks() ? null : output.Html.ToString();
    }

    private sealed class Writer(IReadOnlyCollection<string> hidden)
    {
        private readonly StringBuilder _text = new();
        public StringBuilder Html { get; } = new();

        public bool Leaks() => hidden.Any(h => h.Length > 0 && _text.ToString().Contains(h, StringComparison.Ordinal));

        public void Node(INode node, int depth)
        {
            switch (node)
            {
                case IText text:
                    Text(text.Data);
                    break;
                case IElement element:
                    Element(element, depth);
                    break;
            }
        }

        private void Element(IElement e, int depth)
        {
            var tag = e.LocalName;
            if (e.NamespaceUri != NamespaceNames.HtmlUri || Dropped.Contains(tag))
            {
                return;
            }
            if (tag == "img")
            {
                var alt = e.GetAttribute("alt")?.Trim();
                Text(string.IsNullOrEmpty(alt) ? ImagePlaceholder : $"[图片：{alt}]");
                return;
            }
            if (depth >= MaxDepth)
            {
                Text(e.TextContent); // absurd nesting: the words still show, the structure does not
                return;
            }
            var href = tag == "a" ? SafeHref(e.GetAttribute("href")) : null;
            var keep = Kept.Contains(tag) && (tag != "a" || href is not null);
            if (keep)
            {
                Html.Append('<').Append(tag);
                if (href is not null)
                {
                    Html.Append(" href=\"").Append(Encode(href)).Append("\" rel=\"noopener noreferrer nofollow\" target=\"_blank\"");
                }
                foreach (var name in (string[])["colspan", "rowspan"])
                {
                    if ((tag == "td" || tag == "th") && e.GetAttribute(name) is { } span && int.TryParse(span, out var n) && n is > 0 and <= 100)
                    {
                        Html.Append(' ').Append(name).Append("=\"").Append(n).Append('"');
                    }
                }
                Html.Append('>');
                if (Void.Contains(tag))
                {
                    return;
                }
            }
            foreach (var child in e.ChildNodes)
            {
                Node(child, depth + 1);
            }
            if (keep)
            {
                Html.Append("</").Append(tag).Append('>');
            }
        }

        private void Text(string text)
        {
            _text.Append(text);
            Html.Append(Encode(Mask(text)));
        }

        private string Mask(string text)
        {
            char[]? chars = null;
            foreach (var h in hidden.Where(h => h.Length > 0))
            {
                for (var at = text.IndexOf(h, StringComparison.Ordinal); at >= 0; at = text.IndexOf(h, at + h.Length, StringComparison.Ordinal))
                {
                    chars ??= text.ToCharArray();
                    PersonalDataMask.MaskInPlace(chars, at, h.Length);
                }
            }
            if (chars is null)
            {
                return text;
            }
            var masked = new string(chars);
            _text.Remove(_text.Length - text.Length, text.Length).Append(masked);
            return masked;
        }
    }

    /// <summary>Only absolute http(s) links; the parser has already decoded entities, so <c>&amp;#106;avascript:</c> is caught here.</summary>
    public static string? SafeHref(string? href)
    {
        if (href is null || !Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }
        return uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }

    private static string Encode(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
