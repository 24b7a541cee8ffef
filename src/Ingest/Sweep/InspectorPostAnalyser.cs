using Microsoft.Extensions.Logging;
using Monitor.Analysis.Accounts;
using Monitor.Analysis.Inspection;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// A plain runner over every registered <see cref="IPostInspector"/>, on the title and the text as they are
/// (no normalisation). Stands in until the inspection runner of the Analysis project is wired here.
/// </summary>
public sealed class InspectorPostAnalyser(IEnumerable<IPostInspector> inspectors, TimeProvider time, ILogger<InspectorPostAnalyser> logger)
    : IPostAnalyser
{
    private readonly IReadOnlyList<IPostInspector> _inspectors = inspectors.ToList();

    public IReadOnlyList<Finding> Analyse(Post post, GovAccount account)
    {
        var findings = new List<Finding>();
        if (_inspectors.Count == 0)
        {
            return findings;
        }
        var context = new InspectionContext(DateOnly.FromDateTime(ChinaTime.ToChina(post.PublishedAtUtc).DateTime), account.Name);
        Inspect(post, account, TextField.Title, post.Title, context, findings);
        Inspect(post, account, TextField.Text, post.Text, context, findings);
        return findings;
    }

    private void Inspect(Post post, GovAccount account, TextField field, string? original, InspectionContext context, List<Finding> into)
    {
        if (string.IsNullOrEmpty(original))
        {
            return;
        }
        var text = InspectionText.Plain(original);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var inspector in _inspectors)
        {
            try
            {
                foreach (var f in inspector.Inspect(text, context))
                {
                    var (start, length) = text.ToOriginal(f.Start, f.Length);
                    into.Add(new Finding
                    {
                        PostId = post.Id,
                        AccountId = account.Id,
                        PostVersion = post.Version,
                        RuleId = f.RuleId,
                        Kind = f.Kind,
                        Severity = f.Severity,
                        Field = field,
                        Start = start,
                        Length = length,
                        Excerpt = Excerpt(original, start, length, f.Kind),
                        Suggestion = f.Suggestion,
                        Message = f.Message,
                        Confidence = f.Confidence,
                        CreatedAt = now,
                    });
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The contract says inspectors never throw; one that does must not sink a whole batch of accounts.
                logger.LogWarning(e, "Inspector {Family} failed on post {PostId}", inspector.Family, post.Id);
            }
        }
    }

    /// <summary>The span with some context; personal data is masked before it is stored.</summary>
    private static string Excerpt(string text, int start, int length, FindingKind kind)
    {
        var from = Math.Max(0, start - 20);
        var to = Math.Min(text.Length, start + length + 20);
        var span = text.Substring(start, Math.Min(length, text.Length - start));
        if (kind == FindingKind.PersonalDataLeak && span.Length > 4)
        {
            span = span[..2] + new string('*', span.Length - 4) + span[^2..];
        }
        var excerpt = text[from..start] + span + text[Math.Min(text.Length, start + length)..to];
        return excerpt.Length > 1000 ? excerpt[..1000] : excerpt;
    }
}
