namespace Monitor.Sources.Feed;

/// <summary>One entry of any feed format, before it becomes a post. <see cref="Published"/> is null when the feed gives no date.</summary>
internal sealed record FeedItem(string? Id, string? Link, string? Title, string? Html, DateTimeOffset? Published);

/// <summary>JSON Feed 1.x, only the fields the monitor reads.</summary>
internal sealed record JsonFeedDocument(string? Version, List<JsonFeedItem>? Items);

internal sealed record JsonFeedItem(string? Id, string? Url, string? Title, string? ContentHtml, string? ContentText,
    string? Summary, string? DatePublished, string? DateModified);
