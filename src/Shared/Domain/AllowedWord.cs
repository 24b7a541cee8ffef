namespace Monitor.Shared.Domain;

/// <summary>A word reviewers have declared correct (a place name, a term of art): the typo inspector must not flag it.</summary>
public class AllowedWord
{
    public long Id { get; set; }
    public required string Word { get; set; }
    public string AddedBy { get; set; } = "";
    public DateTime AddedAt { get; set; }
    /// <summary>Why, e.g. the finding it came from.</summary>
    public string? Note { get; set; }
}
