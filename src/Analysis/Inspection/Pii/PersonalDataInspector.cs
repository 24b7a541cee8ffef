using Monitor.Shared.Domain;

namespace Monitor.Analysis.Inspection.Pii;

/// <summary>
/// Personal data published in a post (<c>pii.id-card</c>, <c>pii.mobile</c>, <c>pii.bank-card</c>): every digit run
/// is tried, longest group range first, as a resident ID, a mobile number and a bank card number.
/// </summary>
public sealed class PersonalDataInspector(PiiTables tables) : IPostInspector
{
    private const int MaxDigits = 23;
    private const double MistypedIdConfidence = 0.7;
    private readonly NumberContext _context = new(tables);

    public string Family => "pii";

    public IEnumerable<InspectorFinding> Inspect(InspectionText text, InspectionContext context)
    {
        var s = text.Normalised;
        List<InspectorFinding>? findings = null;
        Span<char> digits = stackalloc char[64];
        foreach (var run in DigitRunScanner.Scan(s))
        {
            if (run.Masked)
            {
                continue;
            }
            for (var a = 0; a < run.Groups.Count; a++)
            {
                // No rule reads more than 19 digits plus a 0086 prefix: longer ranges are never tried, which keeps a
                // table row of hundreds of space-separated numbers linear.
                var last = a;
                for (var total = 0; last < run.Groups.Count; last++)
                {
                    total += run.Groups[last].End - run.Groups[last].Start;
                    if (total > MaxDigits)
                    {
                        break;
                    }
                }
                for (var b = last - 1; b >= a; b--)
                {
                    var n = Digits(s, run, a, b, digits);
                    if (n == 0)
                    {
                        continue;
                    }
                    var finding = Classify(s, run, a, b, digits[..n], context.PublishedOn);
                    if (finding is not null)
                    {
                        (findings ??= []).Add(finding);
                        a = b;
                        break;
                    }
                }
            }
        }
        return findings ?? (IEnumerable<InspectorFinding>)[];
    }

    private InspectorFinding? Classify(string s, DigitRun run, int a, int b, ReadOnlySpan<char> d, DateOnly postedOn)
    {
        var start = run.Groups[a].Start;
        var end = run.Groups[b].End;
        var hasX = b == run.Groups.Count - 1 && run.EndsWithX;
        var (kind, attached) = _context.Nearest(s, start);
        if (kind == "code" && attached)
        {
            return null;
        }
        var idGrouping = d.Length is 15 or 18 && IsIdGrouping(run, a, b);
        if (d.Length == 18 && idGrouping && ResidentIdValidator.IsValid18(d, tables, postedOn))
        {
            return Found(s, PiiRule.IdCard, start, end);
        }
        // Right after 身份证号 an ID-shaped number is someone's ID even when its check char is mistyped.
        if (d.Length == 18 && idGrouping && kind == "id" && attached && ResidentIdValidator.IsIdShaped18(d, tables, postedOn))
        {
            return Found(s, PiiRule.IdCard, start, end, MistypedIdConfidence);
        }
        if (hasX)
        {
            return null;
        }
        if (d.Length == 15 && idGrouping && kind == "id" && ResidentIdValidator.IsValid15(d, tables, postedOn))
        {
            return Found(s, PiiRule.IdCard, start, end);
        }
        if (NumberContext.IsQuantity(s, start, end))
        {
            return null;
        }
        if (IsMobile(d, run, a, b, out var withPlus))
        {
            return Found(s, PiiRule.Mobile, withPlus && start > 0 && s[start - 1] is '+' or '＋' ? start - 1 : start, end);
        }
        if (d.Length is >= 16 and <= 19 && (d.StartsWith("62") || kind == "bank") && Luhn.IsValid(d) && IsCardGrouping(run, a, b)
            && !_context.NearOrganisation(s, start, end))
        {
            return Found(s, PiiRule.BankCard, start, end);
        }
        return null;
    }

    private bool IsMobile(ReadOnlySpan<char> d, DigitRun run, int a, int b, out bool prefixed)
    {
        prefixed = false;
        var lengths = GroupLengths(run, a, b);
        if (d.Length == 13 && d.StartsWith("86") || d.Length == 15 && d.StartsWith("0086"))
        {
            var prefix = d.Length - 11;
            // The country code is a group of its own or glued to the number.
            if (lengths[0] == prefix)
            {
                lengths = lengths[1..];
            }
            else
            {
                lengths[0] -= prefix;
            }
            d = d[prefix..];
            prefixed = true;
        }
        if (d.Length != 11 || d[0] != '1' || !tables.MobilePrefixes.Contains((d[0] - '0') * 100 + (d[1] - '0') * 10 + d[2] - '0'))
        {
            return false;
        }
        return lengths is [11] or [3, 4, 4] or [3, 8] or [7, 4];
    }

    /// <summary>
    /// An ID number is written whole or in a few groups of three or more (110101 19900307 1233); small numbers in
    /// a table row that happen to add up to 18 digits are not an ID.
    /// </summary>
    private static bool IsIdGrouping(DigitRun run, int a, int b)
    {
        var lengths = GroupLengths(run, a, b);
        return lengths.Length == 1 || lengths.Length <= 5 && lengths[..^1].All(l => l >= 3) && lengths[^1] >= 2;
    }

    private static bool IsCardGrouping(DigitRun run, int a, int b)
    {
        var lengths = GroupLengths(run, a, b);
        if (lengths.Length == 1 || lengths is [6, _])
        {
            return true;
        }
        for (var i = 0; i < lengths.Length - 1; i++)
        {
            if (lengths[i] != 4)
            {
                return false;
            }
        }
        return lengths[^1] is >= 1 and <= 4;
    }

    private static int[] GroupLengths(DigitRun run, int a, int b)
    {
        var lengths = new int[b - a + 1];
        for (var i = a; i <= b; i++)
        {
            lengths[i - a] = run.Groups[i].End - run.Groups[i].Start;
        }
        return lengths;
    }

    private static int Digits(string s, DigitRun run, int a, int b, Span<char> buffer)
    {
        var n = 0;
        for (var g = a; g <= b; g++)
        {
            for (var i = run.Groups[g].Start; i < run.Groups[g].End; i++)
            {
                if (n == buffer.Length)
                {
                    return 0;
                }
                buffer[n++] = s[i];
            }
        }
        return n;
    }

    private static InspectorFinding Found(string s, PiiRule rule, int start, int end, double confidence = 1.0) => new(
        rule.Id,
        FindingKind.PersonalDataLeak,
        Severity.Veto,
        start,
        end - start,
        rule.Message,
        PersonalDataMask.Mask(s.AsSpan(start, end - start)),
        confidence);
}
