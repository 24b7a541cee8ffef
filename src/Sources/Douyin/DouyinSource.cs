using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;
using Monitor.Sources.Credentials;

namespace Monitor.Sources.Douyin;

/// <summary>
/// Authorised Douyin accounts through the open platform's <c>video_list</c> (cursor paging, <c>is_top</c>); the access token
/// comes from the account's refresh token, is cached, and is refreshed once when the platform says 2190008.
/// A refresh that hands back a new refresh token is persisted (encrypted) and used from then on: the configured one
/// may already be spent.
/// </summary>
public sealed class DouyinSource(HttpClient http, IOptions<DouyinOptions> options, SourceRuntime runtime, IRotatedCredentialStore rotated,
    ILogger<DouyinSource> logger)
    : HttpPostSource<DouyinOptions>(http, options.Value, runtime, logger)
{
    public override string Key => "douyin.official";
    protected override string DisplayName => DouyinErrors.Source;
    protected override IEnumerable<string?> ConfiguredSecrets => [Options.ClientSecret, .. Options.RefreshTokens.Values];

    // 2100004 (系统繁忙) is transient: retried with back-off like a 5xx.
    protected override string? BusyAnswer(string body) => DouyinErrors.IsBusy(body) ? "系统繁忙（2100004）" : null;

    public override bool CanFetch(GovAccount account) =>
        account.Platform == Platform.Douyin && account.SourceKind == SourceKind.OfficialApi && !string.IsNullOrWhiteSpace(account.Handle);

    protected override async Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken ct)
    {
        var openId = request.Account.Handle!.Trim();
        var run = await ReadPagesAsync(request, (next, _, token) =>
            WithTokenAsync(openId, (_, t) => AcquireAsync(openId, t), (access, t) => ReadPageAsync(openId, access, next ?? "0", t), token), ct);
        return Complete(request, run.Posts, run.Coverage(Coverage.Full));
    }

    protected override async Task<string> ProbeAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Options.ClientKey) || string.IsNullOrWhiteSpace(Options.ClientSecret))
        {
            throw FetchErrors.Configuration(DisplayName, "未配置 ClientKey 或 ClientSecret");
        }
        foreach (var openId in Options.RefreshTokens.Keys)
        {
            await AcquireAsync(openId, ct);
        }
        return $"{Options.RefreshTokens.Count} 个授权账号均已刷新 access_token";
    }

    private async Task<SourcePage> ReadPageAsync(string openId, string accessToken, string cursor, CancellationToken ct)
    {
        var page = DouyinErrors.Check(await GetJsonAsync<DouyinEnvelope<DouyinVideoPage>>(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get,
                $"api/douyin/v1/video/video_list/?open_id={Uri.EscapeDataString(openId)}&cursor={cursor}&count=20");
            request.Headers.TryAddWithoutValidation("access-token", accessToken);
            return request;
        }, ct));
        var posts = (page.List ?? []).Select(DouyinPostMapper.Map).OfType<SourcePost>().ToList();
        return new SourcePage(posts, page.HasMore && page.Cursor is { Length: > 0 } next && next != cursor ? next : null);
    }

    private async Task<AccessToken> AcquireAsync(string openId, CancellationToken ct)
    {
        if (!Options.RefreshTokens.TryGetValue(openId, out var configured) || string.IsNullOrWhiteSpace(Options.ClientKey))
        {
            throw FetchErrors.Configuration(DisplayName, $"未配置 open_id {openId} 的 refresh_token 或 ClientKey");
        }
        var storeKey = Key + ":" + openId;
        var refreshToken = await rotated.GetAsync(storeKey, configured, ct) ?? configured;
        RememberSecret(refreshToken);
        var token = DouyinErrors.Check(await GetJsonAsync<DouyinEnvelope<DouyinToken>>(() =>
            new HttpRequestMessage(HttpMethod.Post, "oauth/refresh_token/")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["client_key"] = Options.ClientKey!,
                    ["grant_type"] = "refresh_token",
                    ["refresh_token"] = refreshToken,
                }),
            }, ct));
        if (string.IsNullOrEmpty(token.AccessToken))
        {
            throw FetchErrors.Malformed(DisplayName, "refresh_token 接口未返回 access_token");
        }
        if (!string.IsNullOrEmpty(token.RefreshToken) && token.RefreshToken != refreshToken)
        {
            RememberSecret(token.RefreshToken);
            await rotated.SaveAsync(storeKey, configured, token.RefreshToken, ct);
            Logger.LogInformation("Douyin refresh token rotated and stored for {Source} open_id {OpenId}", Key, openId);
        }
        return new AccessToken(token.AccessToken, Runtime.Time.GetUtcNow().AddSeconds(Math.Max(60, token.ExpiresIn - 300)));
    }
}
