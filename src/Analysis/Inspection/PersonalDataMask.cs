namespace Monitor.Analysis.Inspection;

/// <summary>
/// Masks personal data so the monitor never re-publishes a leak: letters and digits other than the first three
/// and the last four (two and two for short numbers) become <c>*</c>; separators stay, so the length is kept and
/// offsets into a masked text remain valid.
/// </summary>
public static class PersonalDataMask
{
    public static string Mask(ReadOnlySpan<char> span)
    {
        var chars = span.ToArray();
        MaskInPlace(chars, 0, chars.Length);
        return new string(chars);
    }

    public static void MaskInPlace(char[] text, int start, int length)
    {
        var significant = 0;
        for (var i = start; i < start + length; i++)
        {
            significant += char.IsAsciiLetterOrDigit(text[i]) ? 1 : 0;
        }
        var keepHead = significant >= 11 ? 3 : 2;
        var keepTail = significant >= 11 ? 4 : 2;
        if (significant <= keepHead + keepTail)
        {
            keepHead = keepTail = 0;
        }
        var seen = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                continue;
            }
            if (seen >= keepHead && seen < significant - keepTail)
            {
                text[i] = '*';
            }
            seen++;
        }
    }
}
