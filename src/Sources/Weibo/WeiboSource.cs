using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;

namespace Monitor.Sources.Weibo;

/// <summary>Public posts of any Weibo account through the m.weibo.cn container API (Handle = uid).</summary>
public sealed class WeiboSource(HttpClient http, IOptions<WeiboOptions> options, SourceRuntime runtime, ILogger<WeiboSource> logger)
    : HttpPostSource<WeiboOptions>(http, options.Value, runtime, logger)
{
    private const string NoContent = "这里还没有内容";

    public override string Key => "weibo.web";
    protected override string DisplayName => "微博（网页）";
    protected override IEnumerable<string?> ConfiguredSecrets => [Options.Cookie];

    public override bool CanFetch(GovAccount account) =>
        account.Platform == Platform.Weibo && account.SourceKind == SourceKind.Web && !string.IsNullOrWhiteSpace(account.Handle);

    protected override async Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken ct)
    {
        var uid = Uri.EscapeDataString(request.Account.Handle!.Trim());
        var run = await ReadPagesAsync(request, (next, page, token) => ReadPageAsync(request, uid, next, page, token), ct);
        return Complete(request, run.Posts, run.Coverage(Coverage.Full));
    }

    protected override async Task<string> ProbeAsync(CancellationToken ct)
    {
        var user = await ReadProfileAsync(Options.ProbeUid, ct);
        return $"已读取探测账号资料（{user.ScreenName}）";
    }

    private async Task<SourcePage> ReadPageAsync(FetchRequest request, string uid, string? next, int page, CancellationToken ct)
    {
        var query = $"api/container/getIndex?type=uid&value={uid}&containerid={Options.ContainerPrefix}{uid}"
            + (next is null ? "" : next.StartsWith("page:") ? $"&page={next[5..]}" : $"&since_id={next}");
        var list = await GetJsonAsync<WeiboEnvelope>(() => Get(query, uid), ct);
        if (list.Ok == 0 && list.Msg == NoContent)
        {
            // Deactivated accounts and silent ones both answer this; the profile decides (page 0 only).
            if (page == 0)
            {
                await ConfirmEmptyAsync(uid, ct);
            }
            return SourcePage.End;
        }
        CheckEnvelope(list);
        var cards = Flatten(list.Data?.Cards).ToList();
        if (cards.Count == 0)
        {
            if (page == 0)
            {
                await ConfirmEmptyAsync(uid, ct);
            }
            return SourcePage.End;
        }
        var posts = new List<SourcePost>();
        foreach (var card in cards)
        {
            var draft = WeiboPostMapper.Map(card, null, request.NowUtc);
            var wanted = draft.IsPinned || draft.PublishedAt.UtcDateTime >= request.SinceUtc;
            posts.Add(card.Mblog!.IsLongText && Options.ReadLongText && wanted
                ? WeiboPostMapper.Map(card, await ReadLongTextAsync(uid, card.Mblog.Mid ?? draft.PlatformPostId, ct), request.NowUtc)
                : draft);
        }
        var info = list.Data?.CardlistInfo;
        return new SourcePage(posts, info?.SinceId is { Length: > 0 } sinceId && sinceId != "0" ? sinceId : $"page:{page + 2}");
    }

    // An empty first page is either a silent account or a soft refusal; the profile's post count tells them apart.
    private async Task ConfirmEmptyAsync(string uid, CancellationToken ct)
    {
        var user = await ReadProfileAsync(uid, ct);
        if (user.StatusesCount is { Length: > 0 } count && count != "0")
        {
            throw FetchErrors.AntiCrawl(DisplayName, $"账号资料显示有 {count} 条微博，但列表为空");
        }
    }

    private async Task<WeiboUser> ReadProfileAsync(string uid, CancellationToken ct)
    {
        var profile = await GetJsonAsync<WeiboEnvelope>(() => Get($"api/container/getIndex?type=uid&value={uid}&containerid=100505{uid}", uid), ct);
        if (profile.Ok == 0 && profile.Data?.UserInfo is null)
        {
            throw new FetchException(FetchErrorKind.NotFound, $"{DisplayName}：账号不存在或已注销（{profile.Msg ?? NoContent}）");
        }
        CheckEnvelope(profile);
        return profile.Data?.UserInfo ?? throw FetchErrors.Malformed(DisplayName, "账号资料缺少 userInfo");
    }

    // statuses/extend sometimes answers with the visitor page; /detail/{id} embeds the full status and is tried next.
    private async Task<string> ReadLongTextAsync(string uid, string mid, CancellationToken ct)
    {
        try
        {
            var extend = await GetJsonAsync<WeiboExtendEnvelope>(() => Get($"statuses/extend?id={mid}", uid), ct);
            if (extend.Ok == 1 && !string.IsNullOrEmpty(extend.Data?.LongTextContent))
            {
                return extend.Data.LongTextContent;
            }
        }
        catch (FetchException e) when (e.Kind is FetchErrorKind.AntiCrawl or FetchErrorKind.MalformedResponse)
        {
            Logger.LogInformation("Weibo long text {Mid}: extend refused ({ErrorKind}), trying the detail page", mid, e.Kind);
        }
        var detail = await SendAsync(() => Get($"detail/{mid}", uid), ct);
        return WeiboDetailPage.LongText(detail.Body)
            ?? throw (AntiCrawlPages.LooksBlocked(detail.Body)
                ? FetchErrors.AntiCrawl(DisplayName, $"长微博 {mid} 的全文被拒绝读取")
                : FetchErrors.Malformed(DisplayName, $"长微博 {mid} 的全文读取失败"));
    }

    private void CheckEnvelope(WeiboEnvelope envelope)
    {
        if (envelope.Ok == -100)
        {
            throw FetchErrors.AntiCrawl(DisplayName, "需要登录或更新 Cookie（ok:-100）");
        }
        if (envelope.Data is null && envelope.Url is not null)
        {
            throw FetchErrors.AntiCrawl(DisplayName, "需要通过验证码");
        }
        if (envelope.Ok != 1)
        {
            throw FetchErrors.Platform(DisplayName, FetchErrorKind.Unknown, $"ok:{envelope.Ok}", envelope.Msg);
        }
    }

    private static IEnumerable<WeiboCard> Flatten(IEnumerable<WeiboCard>? cards) =>
        (cards ?? []).SelectMany(c => c.CardType == 11 ? Flatten(c.CardGroup) : [c])
            .Where(c => c.CardType == 9 && c.Mblog is not null);

    private HttpRequestMessage Get(string relative, string uid)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, relative);
        request.Headers.TryAddWithoutValidation("MWeibo-Pwa", "1");
        request.Headers.TryAddWithoutValidation("X-Requested-With", "XMLHttpRequest");
        request.Headers.TryAddWithoutValidation("Referer", $"https://m.weibo.cn/u/{uid}");
        if (!string.IsNullOrEmpty(Options.Cookie))
        {
            request.Headers.TryAddWithoutValidation("Cookie", Options.Cookie);
        }
        return request;
    }
}
