namespace Monitor.Shared.Domain;

/// <summary>
/// The one normalised post every source maps to. Instants are stored in UTC; the publisher's offset is kept
/// beside it so the original wall-clock time can be shown.
/// </summary>
public class Post
{
    public long Id { get; set; }
    public long AccountId { get; set; }
    public GovAccount? Account { get; set; }

    /// <summary>The platform's id, kept as a string (Toutiao ids exceed 2^53).</summary>
    public required string PlatformPostId { get; set; }
    public string? Url { get; set; }
    public string? Title { get; set; }
    /// <summary>Plain text (title excluded), what the inspectors read.</summary>
    public string Text { get; set; } = "";
    public string? RawHtml { get; set; }

    public DateTime PublishedAtUtc { get; set; }
    public int PublishedOffsetMinutes { get; set; } = 480;

    /// <summary>True or false where the source marks originality; null where it cannot tell.</summary>
    public bool? IsOriginal { get; set; }
    public bool IsRepost { get; set; }
    public string? RepostSource { get; set; }
    public bool IsPinned { get; set; }
    /// <summary>The platform reports the post deleted or blocked; kept for history and evidence.</summary>
    public bool IsDeleted { get; set; }

    public DateTime FetchedAt { get; set; }
    /// <summary>SHA-256 of title and text; a change means the post was edited.</summary>
    public required string ContentHash { get; set; }
    /// <summary>Incremented on every edit; earlier versions live in <see cref="PostRevision"/>.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The queue between ingest and analysis: null means not yet inspected in this version.</summary>
    public DateTime? AnalysedAt { get; set; }

    public DateTimeOffset PublishedAt
    {
        get => new DateTimeOffset(DateTime.SpecifyKind(PublishedAtUtc, DateTimeKind.Unspecified), TimeSpan.Zero)
            .ToOffset(TimeSpan.FromMinutes(PublishedOffsetMinutes));
        set
        {
            PublishedAtUtc = value.UtcDateTime;
            PublishedOffsetMinutes = (int)value.Offset.TotalMinutes;
        }
    }
}
