using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;

namespace Monitor.Sources.Weibo;

/// <summary>Authorised Weibo accounts through <c>2/statuses/user_timeline.json</c> (Handle = uid), paged by page number.</summary>
public sealed class WeiboOfficialSource(HttpClient http, IOptions<WeiboOfficialOptions> options, SourceRuntime runtime, ILogger<WeiboOfficialSource> logger)
    : HttpPostSource<WeiboOfficialOptions>(http, options.Value, runtime, logger)
{
    public override string Key => "weibo.official";
    protected override string DisplayName => "微博（官方接口）";
    protected override IEnumerable<string?> ConfiguredSecrets => Options.AccessTokens.Values;

    public override bool CanFetch(GovAccount account) =>
        account.Platform == Platform.Weibo && account.SourceKind == SourceKind.OfficialApi && !string.IsNullOrWhiteSpace(account.Handle);

    protected override async Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken ct)
    {
        var uid = request.Account.Handle!.Trim();
        if (!Options.AccessTokens.TryGetValue(uid, out var token) || string.IsNullOrWhiteSpace(token))
        {
            throw FetchErrors.Configuration(DisplayName, $"未配置 uid {uid} 的 access_token");
        }
        var run = await ReadPagesAsync(request, async (next, page, t) =>
        {
            var timeline = Check(await GetJsonAsync<WeiboTimeline>(() => new HttpRequestMessage(HttpMethod.Get,
                $"2/statuses/user_timeline.json?access_token={Uri.EscapeDataString(token)}&uid={Uri.EscapeDataString(uid)}&count={Options.PageSize}&page={page + 1}"), t));
            var statuses = timeline.Statuses ?? throw FetchErrors.Malformed(DisplayName, "缺少 statuses");
            var mapped = statuses.Select(s => WeiboPostMapper.Map(s, uid, request.NowUtc)).ToList();
            return new SourcePage(mapped, statuses.Count < Options.PageSize ? null : (page + 2).ToString());
        }, ct);
        return Complete(request, run.Posts, run.Coverage(Coverage.Full));
    }

    protected override async Task<string> ProbeAsync(CancellationToken ct)
    {
        if (Options.AccessTokens.Count == 0)
        {
            throw FetchErrors.Configuration(DisplayName, "未配置任何授权账号的 access_token");
        }
        foreach (var (uid, token) in Options.AccessTokens)
        {
            Check(await GetJsonAsync<WeiboTimeline>(() => new HttpRequestMessage(HttpMethod.Get,
                $"2/statuses/user_timeline.json?access_token={token}&uid={uid}&count=1&page=1"), ct));
        }
        return $"{Options.AccessTokens.Count} 个授权账号的 access_token 有效";
    }

    // The API answers errors with 400/403 and a JSON body; the code inside says what happened.
    protected override FetchException MapHttpError(HttpPayload payload)
    {
        try
        {
            Check(ParseJson<WeiboTimeline>(payload.Body));
        }
        catch (FetchException e)
        {
            return e;
        }
        return base.MapHttpError(payload);
    }

    private WeiboTimeline Check(WeiboTimeline timeline)
    {
        if (timeline.ErrorCode is null && timeline.Error is null)
        {
            return timeline;
        }
        var kind = timeline.ErrorCode switch
        {
            "21327" or "21332" or "21315" or "21314" or "21316" or "21317" => FetchErrorKind.TokenExpired,
            "10022" or "10023" or "10024" => FetchErrorKind.RateLimited,
            "21321" or "10014" => FetchErrorKind.Unauthorized,
            _ => FetchErrorKind.Unknown,
        };
        var hint = kind == FetchErrorKind.TokenExpired ? "（授权已失效，请该账号重新授权）" : "";
        throw FetchErrors.Platform(DisplayName, kind, timeline.ErrorCode ?? "?", timeline.Error + hint);
    }
}
