using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Monitor.Sources.Feed;

/// <summary>Reads RSS 2.0 / RSS 1.0, Atom and JSON Feed into <see cref="FeedItem"/>s; anything else is a typed failure.</summary>
internal static class FeedParser
{
    private const string Source = "订阅源";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static IReadOnlyList<FeedItem> Parse(string body)
    {
        var trimmed = body.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.Length == 0)
        {
            throw FetchErrors.Malformed(Source, "返回空内容");
        }
        if (trimmed[0] == '{')
        {
            return ParseJsonFeed(trimmed);
        }
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(trimmed), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw AntiCrawlPages.LooksBlocked(trimmed)
                ? FetchErrors.AntiCrawl(Source, "返回了验证或登录页面")
                : FetchErrors.Malformed(Source, $"XML 格式错误（第 {e.LineNumber} 行）");
        }
        var root = doc.Root!;
        return root.Name.LocalName switch
        {
            "feed" => root.Elements(Atom + "entry").Select(ReadAtom).ToList(),
            "rss" or "RDF" => root.Descendants().Where(e => e.Name.LocalName == "item").Select(ReadRss).ToList(),
            _ => throw FetchErrors.Malformed(Source, $"不是 RSS、Atom 或 JSON Feed（根元素 {root.Name.LocalName}）"),
        };
    }

    private static FeedItem ReadRss(XElement item)
    {
        string? Child(string name) => item.Elements().FirstOrDefault(e => e.Name.LocalName == name && e.Name.Namespace != Content)?.Value.Trim();
        var html = item.Element(Content + "encoded")?.Value ?? Child("description");
        var published = FeedDates.Parse(Child("pubDate") ?? item.Element(Dc + "date")?.Value);
        return new FeedItem(Child("guid"), Child("link") ?? item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value,
            Child("title"), html, published);
    }

    private static FeedItem ReadAtom(XElement entry)
    {
        var link = entry.Elements(Atom + "link")
            .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        var html = entry.Element(Atom + "content")?.Value ?? entry.Element(Atom + "summary")?.Value;
        var published = FeedDates.Parse(entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value);
        return new FeedItem(entry.Element(Atom + "id")?.Value.Trim(), link, entry.Element(Atom + "title")?.Value.Trim(), html, published);
    }

    private static List<FeedItem> ParseJsonFeed(string body)
    {
        JsonFeedDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<JsonFeedDocument>(body, SourceJson.Options);
        }
        catch (JsonException e)
        {
            throw FetchErrors.Malformed(Source, $"JSON 格式错误（第 {e.LineNumber + 1} 行）");
        }
        if (doc?.Items is null || doc.Version?.Contains("jsonfeed.org") != true)
        {
            throw FetchErrors.Malformed(Source, "不是 JSON Feed（缺少 version 或 items）");
        }
        return doc.Items.Select(i => new FeedItem(i.Id, i.Url, i.Title, i.ContentHtml ?? i.ContentText ?? i.Summary,
            FeedDates.Parse(i.DatePublished ?? i.DateModified))).ToList();
    }
}
