using AngleSharp.Html.Dom;

namespace Monitor.Sites.Fetching;

/// <summary>A page as read: where it ended up after redirects, how it was decoded, and the parsed document.</summary>
public sealed record FetchedPage(Uri RequestedUri, Uri FinalUri, int StatusCode, string Encoding, bool Truncated, IHtmlDocument Document)
{
    public bool IsSuccess => StatusCode is >= 200 and < 400;
}
