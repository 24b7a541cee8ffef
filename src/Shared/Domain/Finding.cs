namespace Monitor.Shared.Domain;

/// <summary>A problem an inspector flagged in one version of a post, and its review.</summary>
public class Finding
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public Post? Post { get; set; }
    /// <summary>Denormalised from the post so the review queue filters without a join.</summary>
    public long AccountId { get; set; }
    public int PostVersion { get; set; } = 1;

    /// <summary>Stable, hierarchical: <c>family.kind[.detail]</c>.</summary>
    public required string RuleId { get; set; }
    public FindingKind Kind { get; set; }
    public Severity Severity { get; set; }

    public TextField Field { get; set; }
    /// <summary>Span in UTF-16 code units of the post's original text (or title).</summary>
    public int Start { get; set; }
    public int Length { get; set; }
    /// <summary>The flagged text with some context; personal data is stored masked.</summary>
    public string Excerpt { get; set; } = "";
    public string? Suggestion { get; set; }
    /// <summary>The reason, in Chinese, as the reviewer reads it.</summary>
    public string Message { get; set; } = "";
    public double Confidence { get; set; } = 1.0;

    public DateTime CreatedAt { get; set; }
    public ReviewStatus ReviewStatus { get; set; }
    public string? Reviewer { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewNote { get; set; }
}
