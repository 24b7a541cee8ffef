using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared;
using Monitor.Shared.Domain;

namespace Monitor.Sources.WeChat;

/// <summary>
/// Authorised 公众号 through the official API (Handle = AppID): <c>freepublish/batchget</c> for text, and
/// <c>datacube/getarticletotaldetail</c> for 群发 activity, which freepublish cannot see. Without datacube the
/// coverage is Partial, so a "not updated" verdict goes to review instead of being decided.
/// The API is called through the Refit client <see cref="IWeChatApi"/> (retries, rate limit and body checks live in its
/// HttpClient pipeline); the optional article pages are HTML on mp.weixin.qq.com and go through the plain HttpClient.
/// </summary>
public sealed class WeChatSource : HttpPostSource<WeChatOptions>
{
    private readonly IWeChatApi _api;

    // Internal: the Refit interface is internal, and DI builds the source through this constructor.
    internal WeChatSource(HttpClient http, IWeChatApi api, IOptions<WeChatOptions> options, SourceRuntime runtime, ILogger<WeChatSource> logger)
        : base(http, options.Value, runtime, logger)
    {
        _api = api;
    }

    private const int PageSize = 20;

    public override string Key => "wechat.official";
    protected override string DisplayName => WeChatErrors.Source;
    protected override IEnumerable<string?> ConfiguredSecrets => Options.AppSecrets.Values;

    public override bool CanFetch(GovAccount account) =>
        account.Platform == Platform.WeChat && account.SourceKind == SourceKind.OfficialApi && !string.IsNullOrWhiteSpace(account.Handle);

    protected override async Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken ct)
    {
        var appId = request.Account.Handle!.Trim();
        var run = await ReadPagesAsync(request, (next, _, token) =>
            WithTokenAsync(appId, (force, t) => AcquireAsync(appId, force, request.NowUtc, t), (access, t) =>
                ReadPublishedAsync(access, int.Parse(next ?? "0"), request.NowUtc, t), token), ct);
        var posts = run.Posts;
        if (Options.ReadArticlePages)
        {
            posts = await ReadPagesOfAsync(posts, request, ct);
        }
        var coverage = Coverage.Partial;
        if (Options.UseDatacube)
        {
            var activity = await ReadActivityAsync(appId, request, ct);
            if (activity is not null)
            {
                var seen = posts.Select(p => WeChatPostMapper.MessageKey(p.Url)).Where(k => k is not null).ToHashSet();
                posts.AddRange(activity.Where(a => !seen.Contains(a.PlatformPostId[4..])));
                coverage = Coverage.Full;
            }
        }
        return Complete(request, posts, run.Coverage(coverage));
    }

    protected override async Task<string> ProbeAsync(CancellationToken ct)
    {
        if (Options.AppSecrets.Count == 0)
        {
            throw FetchErrors.Configuration(DisplayName, "未配置任何 AppID 与 AppSecret");
        }
        foreach (var appId in Options.AppSecrets.Keys)
        {
            await AcquireAsync(appId, false, Runtime.Time.GetUtcNow().UtcDateTime, ct);
        }
        return $"{Options.AppSecrets.Count} 个 AppID 均已取得 access_token";
    }

    private async Task<SourcePage> ReadPublishedAsync(string token, int offset, DateTime nowUtc, CancellationToken ct)
    {
        var page = WeChatErrors.Check(await CallAsync(() => _api.BatchGetAsync(token, new WeChatPageRequest(offset, PageSize, 0), ct)), nowUtc);
        var items = page.Item ?? [];
        var posts = items.SelectMany(WeChatPostMapper.Map).ToList();
        var next = offset + page.ItemCount;
        return new SourcePage(posts, items.Count > 0 && next < page.TotalCount ? next.ToString() : null);
    }

    // 群发 activity by day, from the window's first day to the last day before the cut-off, and never past yesterday
    // (the latest day datacube serves): a back-dated sweep asks only for the days its verdict reads.
    private async Task<List<SourcePost>?> ReadActivityAsync(string appId, FetchRequest request, CancellationToken ct)
    {
        var first = ChinaTime.Now(request.SinceUtc).Date;
        var yesterday = ChinaTime.Now(request.NowUtc).Date.AddDays(-1);
        var beforeCutoff = ChinaTime.Now(request.UntilUtc.AddTicks(-1)).Date;
        var last = beforeCutoff < yesterday ? beforeCutoff : yesterday;
        var step = Math.Max(1, Options.DatacubeDaysPerCall);
        var posts = new List<SourcePost>();
        try
        {
            for (var begin = first; begin <= last; begin = begin.AddDays(step))
            {
                var end = begin.AddDays(step - 1) < last ? begin.AddDays(step - 1) : last;
                var body = new WeChatDateRange(begin.ToString("yyyy-MM-dd"), end.ToString("yyyy-MM-dd"));
                var totals = await WithTokenAsync(appId, (force, t) => AcquireAsync(appId, force, request.NowUtc, t), async (access, t) =>
                    WeChatErrors.Check(await CallAsync(() => _api.ArticleTotalDetailAsync(access, body, t)), request.NowUtc), ct);
                posts.AddRange((totals.List ?? []).Select(WeChatPostMapper.Map).OfType<SourcePost>());
            }
        }
        catch (FetchException e) when (e.Kind == FetchErrorKind.Unauthorized)
        {
            Logger.LogWarning("WeChat datacube not permitted for {Source} account {AccountId}; coverage stays partial", Key, request.Account.Id);
            return null;
        }
        return posts;
    }

    private async Task<List<SourcePost>> ReadPagesOfAsync(List<SourcePost> posts, FetchRequest request, CancellationToken ct)
    {
        var result = new List<SourcePost>(posts.Count);
        foreach (var post in posts)
        {
            if (post.IsDeleted || post.Url is null || post.PublishedAt.UtcDateTime < request.SinceUtc)
            {
                result.Add(post);
                continue;
            }
            var page = WeChatArticlePageParser.Parse((await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, ArticleUrl(post.Url)), ct)).Body);
            result.Add(page.State switch
            {
                WeChatPageState.Deleted => post with { IsDeleted = true },
                WeChatPageState.Ok => post with
                {
                    IsOriginal = page.IsOriginal ? true : page.IsShare ? false : post.IsOriginal,
                    IsRepost = post.IsRepost || page.IsShare,
                },
                _ => post,
            });
        }
        return result;
    }

    private string ArticleUrl(string url)
    {
        var https = url.Replace("http://mp.weixin.qq.com", "https://mp.weixin.qq.com");
        return Options.ArticleBaseUrl is { Length: > 0 } b ? https.Replace("https://mp.weixin.qq.com", b.TrimEnd('/')) : https;
    }

    private async Task<AccessToken> AcquireAsync(string appId, bool forceRefresh, DateTime nowUtc, CancellationToken ct)
    {
        if (!Options.AppSecrets.TryGetValue(appId, out var secret) || string.IsNullOrWhiteSpace(secret))
        {
            throw FetchErrors.Configuration(DisplayName, $"未配置 AppID {appId} 的 AppSecret");
        }
        var token = await CallAsync(() => _api.StableTokenAsync(new WeChatTokenRequest("client_credential", appId, secret, forceRefresh), ct));
        if (token.Errcode is 40001 or 40014 or 42001)
        {
            // At the token endpoint these mean the AppSecret itself is wrong: refreshing again would not help.
            throw FetchErrors.Configuration(DisplayName, $"获取 access_token 失败（{token.Errcode}），请检查 AppSecret");
        }
        WeChatErrors.Check(token, nowUtc);
        if (string.IsNullOrEmpty(token.AccessToken))
        {
            throw FetchErrors.Malformed(DisplayName, "stable_token 未返回 access_token");
        }
        // The platform rotates tokens 5 minutes early; stop using ours a minute before it says.
        return new AccessToken(token.AccessToken, Runtime.Time.GetUtcNow().AddSeconds(Math.Max(60, token.ExpiresIn - 60)));
    }

    private Task<T> CallAsync<T>(Func<Task<T>> call) => RefitCalls.RunAsync(DisplayName, call, Runtime.Time);

    /// <summary>The source's own checks on a raw API body, for the Refit client's pipeline: errcode -1 is "busy".</summary>
    internal static string? ApiBusyAnswer(string body) => WeChatErrors.IsBusy(body) ? "系统繁忙（errcode -1）" : null;
}
