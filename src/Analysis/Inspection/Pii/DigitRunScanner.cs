namespace Monitor.Analysis.Inspection.Pii;

/// <summary>
/// Finds standalone digit runs: not glued to Latin letters or other digits (a code such as 91530100MA6K…),
/// groups separated by one space or hyphen (any width). A run holding <c>*</c> or <c>×</c> is already masked.
/// </summary>
internal static class DigitRunScanner
{
    public static IEnumerable<DigitRun> Scan(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsDigitOrMask(text[i]) || i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || IsMask(text[i - 1]) || text[i - 1] == '.'))
            {
                i++;
                continue;
            }
            var run = new DigitRun();
            var groupStart = i;
            while (true)
            {
                while (i < text.Length && IsDigitOrMask(text[i]))
                {
                    run.Masked |= IsMask(text[i]);
                    i++;
                }
                if (i < text.Length && text[i] is 'X' or 'x' && (i + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[i + 1])))
                {
                    i++;
                    run.EndsWithX = true;
                    run.Groups.Add((groupStart, i));
                    break;
                }
                run.Groups.Add((groupStart, i));
                if (i + 1 < text.Length && IsSeparator(text[i]) && char.IsAsciiDigit(text[i + 1]))
                {
                    groupStart = ++i;
                    continue;
                }
                break;
            }
            // Glued to letters or a decimal point: part of a code, a version or an amount.
            var glued = i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));
            if (!glued)
            {
                yield return run;
            }
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || IsMask(text[i])))
            {
                i++;
            }
        }
    }

    // Normalisation leaves punctuation alone, so the full-width and non-breaking hyphens are separators here.
    private static bool IsSeparator(char c) => c is ' ' or '-' or '－' or '\u2010' or '\u2011';

    private static bool IsDigitOrMask(char c) => char.IsAsciiDigit(c) || IsMask(c);

    private static bool IsMask(char c) => c is '*' or '×' or '＊' or '●' or '○';
}
