namespace Monitor.Analysis.Inspection.Pii;

/// <summary>GB 11643-1999 resident ID numbers: province prefix, a real birth date not after the post, ISO 7064 MOD 11-2.</summary>
internal static class ResidentIdValidator
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    /// <summary><paramref name="id"/> is 17 digits plus a digit or X/x.</summary>
    public static bool IsValid18(ReadOnlySpan<char> id, PiiTables tables, DateOnly notAfter)
    {
        if (!IsIdShaped18(id, tables, notAfter))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * Weights[i];
        }
        return char.ToUpperInvariant(id[17]) == CheckChars[sum % 11];
    }

    /// <summary>17 digits with a province prefix and a real birth date, then a digit or X: an ID whatever its check char.</summary>
    public static bool IsIdShaped18(ReadOnlySpan<char> id, PiiTables tables, DateOnly notAfter) =>
        id.Length == 18
        && tables.IdProvinces.Contains((id[0] - '0') * 10 + id[1] - '0')
        && IsBirthDate(Number(id.Slice(6, 4)), Number(id.Slice(10, 2)), Number(id.Slice(12, 2)), notAfter);

    /// <summary>The pre-1999 15-digit form: address code, YYMMDD (19YY), sequence; no check character.</summary>
    public static bool IsValid15(ReadOnlySpan<char> id, PiiTables tables, DateOnly notAfter) =>
        id.Length == 15
        && tables.IdProvinces.Contains((id[0] - '0') * 10 + id[1] - '0')
        && IsBirthDate(1900 + Number(id.Slice(6, 2)), Number(id.Slice(8, 2)), Number(id.Slice(10, 2)), notAfter);

    private static bool IsBirthDate(int year, int month, int day, DateOnly notAfter) =>
        year >= 1900 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
        && new DateOnly(year, month, day) <= notAfter;

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = n * 10 + c - '0';
        }
        return n;
    }
}
