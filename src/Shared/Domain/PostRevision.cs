namespace Monitor.Shared.Domain;

/// <summary>An earlier version of an edited post: findings on it stay explainable after the edit.</summary>
public class PostRevision
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public int Version { get; set; }
    public string? Title { get; set; }
    public string Text { get; set; } = "";
    public string? RawHtml { get; set; }
    public required string ContentHash { get; set; }
    /// <summary>When this version was replaced by the next one.</summary>
    public DateTime ReplacedAt { get; set; }
}
