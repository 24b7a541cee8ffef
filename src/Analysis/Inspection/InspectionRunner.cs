using Microsoft.Extensions.Logging;
using Monitor.Analysis.Text;
using Monitor.Shared;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Inspection;

/// <summary>
/// Applies every registered <see cref="IPostInspector"/> to a text and maps their spans back to the original.
/// An inspector that throws is logged and skipped; the others' findings are kept.
/// </summary>
public sealed class InspectionRunner(IEnumerable<IPostInspector> inspectors, ILogger<InspectionRunner> logger)
{
    private const int ExcerptContext = 20;
    private readonly IPostInspector[] _inspectors = inspectors.ToArray();

    public IReadOnlyList<MappedFinding> Inspect(InspectionText text, InspectionContext context)
    {
        var raw = new List<InspectorFinding>();
        foreach (var inspector in _inspectors)
        {
            try
            {
                raw.AddRange(inspector.Inspect(text, context).Where(f => IsValidSpan(f, text)));
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Inspector {Family} failed; the other inspectors' findings are kept", inspector.Family);
            }
        }
        if (raw.Count == 0)
        {
            return [];
        }
        raw.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var masked = MaskedNormalised(text, raw);
        var result = new List<MappedFinding>(raw.Count);
        foreach (var f in Deduplicate(raw))
        {
            var (start, length) = text.ToOriginal(f.Start, f.Length);
            var original = text.Original.Substring(start, length);
            result.Add(new MappedFinding(f.RuleId, f.Kind, f.Severity, start, length, original,
                Excerpt(masked, f.Start, f.Length), f.Suggestion, f.Message, f.Confidence));
        }
        return result;
    }

    /// <summary>Inspects a stored post's title and text; every stored string has personal data masked.</summary>
    public IReadOnlyList<Finding> InspectPost(Post post, DateTime nowUtc, string? accountName = null)
    {
        var context = new InspectionContext(ChinaTime.DateOf(post.PublishedAtUtc), accountName);
        var findings = new List<Finding>();
        if (!string.IsNullOrEmpty(post.Title))
        {
            findings.AddRange(Inspect(TextNormaliser.FromPlain(post.Title), context).Select(f => ToEntity(post, f, TextField.Title, nowUtc)));
        }
        findings.AddRange(Inspect(TextNormaliser.FromPlain(post.Text), context).Select(f => ToEntity(post, f, TextField.Text, nowUtc)));
        return findings;
    }

    private static Finding ToEntity(Post post, MappedFinding f, TextField field, DateTime nowUtc) => new()
    {
        PostId = post.Id,
        AccountId = post.AccountId,
        PostVersion = post.Version,
        RuleId = f.RuleId,
        Kind = f.Kind,
        Severity = f.Severity,
        Field = field,
        Start = f.Start,
        Length = f.Length,
        Excerpt = f.Excerpt,
        Suggestion = f.Suggestion,
        Message = f.Message,
        Confidence = f.Confidence,
        CreatedAt = nowUtc,
        ReviewStatus = ReviewStatus.Pending,
    };

    private static bool IsValidSpan(InspectorFinding f, InspectionText text) =>
        f.Start >= 0 && f.Length > 0 && f.Start + f.Length <= text.Normalised.Length;

    private static IEnumerable<InspectorFinding> Deduplicate(List<InspectorFinding> sorted)
    {
        var seen = new HashSet<(string, int, int)>();
        return sorted.Where(f => seen.Add((f.RuleId, f.Start, f.Length)));
    }

    private static char[] MaskedNormalised(InspectionText text, List<InspectorFinding> findings)
    {
        var chars = text.Normalised.ToCharArray();
        foreach (var f in findings.Where(f => f.Kind == FindingKind.PersonalDataLeak))
        {
            PersonalDataMask.MaskInPlace(chars, f.Start, f.Length);
        }
        return chars;
    }

    private static string Excerpt(char[] masked, int start, int length)
    {
        var from = Math.Max(0, start - ExcerptContext);
        var to = Math.Min(masked.Length, start + length + ExcerptContext);
        // Never cut a surrogate pair in half.
        if (from > 0 && char.IsLowSurrogate(masked[from]))
        {
            from--;
        }
        if (to < masked.Length && char.IsLowSurrogate(masked[to]))
        {
            to++;
        }
        return new string(masked, from, to - from).Replace('\n', ' ');
    }
}
