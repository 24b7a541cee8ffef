using System.Net;

namespace Monitor.Analysis.Text;

/// <summary>
/// Finds, for each char of the DOM's decoded text (visited in document order), the span of raw HTML it came
/// from: markup is skipped, an entity maps to its whole <c>&amp;…;</c>, CR LF to both chars. AngleSharp keeps
/// source positions for elements only, so the text is aligned against the source by this forward scan; where the
/// parser rearranged the tree (rare mis-nested tables), the scan resynchronises on the next matching char.
/// </summary>
internal sealed class HtmlSourceAligner(string html)
{
    private const int ResyncWindow = 256;
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    private int _cursor;

    public int Cursor => _cursor;

    /// <summary>Aligns <paramref name="text"/>[<paramref name="index"/>] and returns how many decoded chars were consumed.</summary>
    public int Align(string text, int index, out int start, out int end)
    {
        SkipMarkup();
        var consumed = TryMatchAt(_cursor, text, index, out end);
        if (consumed > 0)
        {
            start = _cursor;
            _cursor = end;
            return consumed;
        }
        for (var p = _cursor + 1; p < html.Length && p < _cursor + ResyncWindow; p++)
        {
            if (html[p] == '<')
            {
                p = SkipTagAt(p) - 1;
                continue;
            }
            consumed = TryMatchAt(p, text, index, out end);
            if (consumed > 0)
            {
                start = p;
                _cursor = end;
                return consumed;
            }
        }
        start = end = _cursor;
        return 1;
    }

    private int TryMatchAt(int p, string text, int index, out int end)
    {
        end = p;
        if (p >= html.Length)
        {
            return 0;
        }
        var c = text[index];
        var raw = html[p];
        if (raw == '&' && c != '&' || raw == '&' && IsEntityStart(p))
        {
            var entityEnd = EntityEnd(p);
            if (entityEnd > p + 1)
            {
                var decoded = Decode(html[p..entityEnd]);
                if (decoded.Length > 0 && string.CompareOrdinal(text, index, decoded, 0, decoded.Length) == 0)
                {
                    end = entityEnd;
                    return decoded.Length;
                }
            }
        }
        if (raw == '\r' && c is '\n' or ' ')
        {
            end = p + 1 < html.Length && html[p + 1] == '\n' ? p + 2 : p + 1;
            return 1;
        }
        if (raw == c || char.IsWhiteSpace(raw) && char.IsWhiteSpace(c))
        {
            end = p + 1;
            return 1;
        }
        return 0;
    }

    private bool IsEntityStart(int p) => p + 1 < html.Length && (char.IsAsciiLetter(html[p + 1]) || html[p + 1] == '#');

    private int EntityEnd(int p)
    {
        var q = p + 1;
        while (q < html.Length && q - p < 40 && (char.IsAsciiLetterOrDigit(html[q]) || html[q] == '#'))
        {
            q++;
        }
        return q < html.Length && html[q] == ';' ? q + 1 : q;
    }

    private static string Decode(string entity)
    {
        var decoded = WebUtility.HtmlDecode(entity);
        if (decoded == entity && !entity.EndsWith(';'))
        {
            decoded = WebUtility.HtmlDecode(entity + ";");
            return decoded == entity + ";" ? "" : decoded;
        }
        return decoded == entity ? "" : decoded;
    }

    private void SkipMarkup()
    {
        while (_cursor < html.Length && html[_cursor] == '<' && _cursor + 1 < html.Length
            && (char.IsAsciiLetter(html[_cursor + 1]) || html[_cursor + 1] is '/' or '!' or '?'))
        {
            _cursor = SkipTagAt(_cursor);
        }
    }

    /// <summary>Returns the index after the tag (or comment) at <paramref name="p"/>, and after the content of a raw-text element.</summary>
    private int SkipTagAt(int p)
    {
        if (string.CompareOrdinal(html, p, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", p + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        var q = p + 1;
        char quote = '\0';
        for (; q < html.Length; q++)
        {
            var c = html[q];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && html[q - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                break;
            }
        }
        var after = Math.Min(q + 1, html.Length);
        foreach (var name in RawTextElements)
        {
            if (string.Compare(html, p + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && p + 1 + name.Length < html.Length && !char.IsAsciiLetterOrDigit(html[p + 1 + name.Length]))
            {
                var close = html.IndexOf("</" + name, after, StringComparison.OrdinalIgnoreCase);
                return close < 0 ? html.Length : close;
            }
        }
        return after;
    }
}
