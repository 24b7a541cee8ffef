namespace Monitor.Analysis.Text;

/// <summary>
/// The char-level pass of normalisation: full-width digits, Latin letters and the ideographic space to
/// half-width; zero-width chars and BOM dropped; odd whitespace folded (runs of spaces to one space, any run
/// holding a line break to one line break). Every output char keeps the original span of what it replaced.
/// Emoji pass through untouched, surrogate pairs included, and a zero-width joiner inside an emoji sequence stays.
/// </summary>
internal sealed class CharFolder(MappedTextBuilder output)
{
    public void Feed(char c, int start, int end)
    {
        switch (Classify(c))
        {
            case CharClass.Drop:
                if (c == '\u200D' && output.Length > 0 && IsEmojiPart(output[output.Length - 1]))
                {
                    output.Append(c, start, end);
                }
                return;
            case CharClass.Space:
                AppendSpace(start, end);
                return;
            case CharClass.LineBreak:
                AppendLineBreak(start, end);
                return;
            default:
                output.Append(ToHalfWidth(c), start, end);
                return;
        }
    }

    private void AppendSpace(int start, int end)
    {
        if (output.Length == 0)
        {
            return;
        }
        var last = output[output.Length - 1];
        if (last is ' ' or '\n')
        {
            output.ExtendLast(end);
            return;
        }
        output.Append(' ', start, end);
    }

    private void AppendLineBreak(int start, int end)
    {
        if (output.Length == 0)
        {
            return;
        }
        var last = output[output.Length - 1];
        if (last == '\n')
        {
            output.ExtendLast(end);
            return;
        }
        if (last == ' ')
        {
            output.ReplaceLast('\n');
            output.ExtendLast(end);
            return;
        }
        output.Append('\n', start, end);
    }

    /// <summary>True when folding would change nothing: no char to convert or drop, no whitespace run, none at either end.</summary>
    public static bool IsAlreadyNormal(string text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            var cls = Classify(c);
            if (cls == CharClass.Drop || cls == CharClass.LineBreak && c != '\n' || cls == CharClass.Space && (c != ' ' || previousSpace)
                || c == '\n' && previousSpace || ToHalfWidth(c) != c)
            {
                return false;
            }
            previousSpace = cls != CharClass.Keep;
        }
        return !previousSpace || text.Length == 0;
    }

    internal static char ToHalfWidth(char c)
    {
        if (c is (>= '０' and <= '９') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ'))
        {
            return (char)(c - 0xFEE0);
        }
        return c;
    }

    private static bool IsEmojiPart(char c) => char.IsLowSurrogate(c) || c == '\uFE0F' || (c >= '\u2600' && c <= '\u27BF');

    private static CharClass Classify(char c)
    {
        if (c < 0x80)
        {
            return c switch
            {
                '\n' or '\r' or '\f' or '\v' => CharClass.LineBreak,
                ' ' or '\t' => CharClass.Space,
                _ => CharClass.Keep,
            };
        }
        return c switch
        {
            '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' => CharClass.Drop,
            '\u00A0' or '\u3000' or '\u202F' or '\u205F' or (>= '\u2000' and <= '\u200A') => CharClass.Space,
            '\u0085' or '\u2028' or '\u2029' => CharClass.LineBreak,
            _ => CharClass.Keep,
        };
    }

    private enum CharClass
    {
        Keep,
        Drop,
        Space,
        LineBreak,
    }
}
