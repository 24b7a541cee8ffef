using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;

namespace Monitor.Sources.Feed;

/// <summary>
/// Any account read through a feed (RSSHub, wewe-rss, we-mp-rss) at <see cref="GovAccount.FeedUrl"/>, absolute or
/// relative to the configured bridge. Items without a date are dropped (they cannot prove freshness) and make the
/// coverage Partial (they might be recent); a feed whose items all lack dates is a failure, not "no posts".
/// </summary>
public sealed class FeedSource(HttpClient http, IOptions<FeedOptions> options, SourceRuntime runtime, ILogger<FeedSource> logger)
    : HttpPostSource<FeedOptions>(http, options.Value, runtime, logger)
{
    public override string Key => "feed";
    protected override string DisplayName => "订阅源";
    protected override IEnumerable<string?> ConfiguredSecrets => [Options.AccessToken];

    public override bool CanFetch(GovAccount account) =>
        account.SourceKind == SourceKind.Feed && !string.IsNullOrWhiteSpace(account.FeedUrl);

    protected override async Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken ct)
    {
        var payload = await SendAsync(() => Get(request.Account.FeedUrl!.Trim()), ct);
        var items = FeedParser.Parse(payload.Body);
        var dated = items.Where(i => i.Published is not null).ToList();
        if (items.Count > 0 && dated.Count == 0)
        {
            throw FetchErrors.Malformed(DisplayName, $"{items.Count} 个条目都没有发布时间，无法判断更新情况");
        }
        if (dated.Count < items.Count)
        {
            Logger.LogWarning("Feed {Source} account {AccountId}: {Undated} of {Total} items have no date and were skipped",
                Key, request.Account.Id, items.Count - dated.Count, items.Count);
        }
        var posts = dated.Select(i => FeedPostMapper.Map(i, i.Published!.Value)).ToList();
        // A feed shows only its latest N items: if even the oldest is inside the window, older posts may be missing, but only
        // posts older than that oldest item (CompleteFrom), so a verdict about later days is still decided by what we saw.
        // Undated items may be recent posts we cannot place: a "not updated" verdict from this fetch must go to review.
        var oldest = posts.Count == 0 ? (DateTime?)null : posts.Min(p => p.PublishedAt.UtcDateTime);
        var seesWholeWindow = oldest is null || oldest < request.SinceUtc;
        if (dated.Count < items.Count)
        {
            return Complete(request, posts, Coverage.Partial);
        }
        return seesWholeWindow ? Complete(request, posts, Coverage.Full) : Complete(request, posts, Coverage.Partial, oldest);
    }

    protected override async Task<string> ProbeAsync(CancellationToken ct)
    {
        if (Http.BaseAddress is null)
        {
            return "未配置订阅源服务地址，账号须填写完整的订阅源 URL";
        }
        await SendAsync(() => Get(""), ct);
        return "订阅源服务可以访问";
    }

    private HttpRequestMessage Get(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url.StartsWith('/') ? url[1..] : url);
        request.Headers.TryAddWithoutValidation("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8");
        if (!string.IsNullOrEmpty(Options.AccessToken))
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Options.AccessToken);
        }
        return request;
    }
}
