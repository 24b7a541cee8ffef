namespace Monitor.Analysis.Segmentation;

/// <summary>jieba's regex character classes, as tests on one UTF-16 unit (every character they accept is in the BMP).</summary>
internal static class JiebaCharClasses
{
    /// <summary><c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>: the characters of a block that goes to the dictionary cutter.</summary>
    public static bool IsBlock(char c) =>
        c >= '\u4E00' ? c <= '\u9FD5' : IsAsciiAlphanumeric(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';

    /// <summary><c>[\u4E00-\u9FD5]</c>: what finalseg calls han.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    /// <summary><c>[a-zA-Z0-9]</c>.</summary>
    public static bool IsAsciiAlphanumeric(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>
    /// Python's <c>\s</c> on str (<c>str.isspace</c>), which differs from <see cref="char.IsWhiteSpace(char)"/>:
    /// it includes U+001C..U+001F.
    /// </summary>
    public static bool IsPythonSpace(char c) => c switch
    {
        <= ' ' => c is >= '\t' and <= '\r' or >= '\u001C',
        < '\u0085' => false,
        '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => c is >= '\u2000' and <= '\u200A',
    };
}
