using Monitor.Analysis.Inspection;
using Monitor.Shared;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Compliance;

/// <summary>
/// What a clerk copies into the notice to show a problem: the post's date, a short excerpt and its link. Personal
/// data is never repeated: for a leak only the masked span is quoted.
/// </summary>
public static class EvidenceText
{
    private const int ContextChars = 12;

    public static string Of(Finding f, Post p)
    {
        var text = (f.Field == TextField.Title ? p.Title : p.Text) ?? "";
        var start = Math.Clamp(f.Start, 0, text.Length);
        var end = Math.Clamp(f.Start + f.Length, start, text.Length);
        string excerpt;
        if (f.Kind == FindingKind.PersonalDataLeak)
        {
            excerpt = PersonalDataMask.Mask(text.AsSpan(start, end - start));
        }
        else
        {
            var from = Math.Max(0, start - ContextChars);
            var to = Math.Min(text.Length, end + ContextChars);
            excerpt = (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
        }
        return Post(p, excerpt.ReplaceLineEndings(" "));
    }

    /// <summary>A post as evidence: 2026-10-20 “excerpt” link.</summary>
    public static string Post(Post p, string excerpt) =>
        ChinaTime.Date(p.PublishedAtUtc) + (excerpt.Length == 0 ? "" : $" “{excerpt}”") + (string.IsNullOrEmpty(p.Url) ? "" : " " + p.Url);

    /// <summary>The title of a post, shortened; never its body, which may hold personal data no finding has marked yet.</summary>
    public static string Opening(Post p)
    {
        var title = (p.Title ?? "").ReplaceLineEndings(" ").Trim();
        return title.Length <= 2 * ContextChars ? title : title[..(2 * ContextChars)] + "…";
    }
}
