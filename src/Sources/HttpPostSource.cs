using System.Text.Json;
using Microsoft.Extensions.Logging;
using Monitor.Shared.Domain;
using Polly;

namespace Monitor.Sources;

/// <summary>
/// The base of every HTTP source: rate limit, retries with jitter on transient failures only (5xx, timeout, network),
/// HTTP status → typed failure, JSON reading that recognises anti-crawl pages, paging within the window, and
/// token caching with one refresh-and-retry on expiry.
/// </summary>
public abstract class HttpPostSource<TOptions> : PostSourceBase where TOptions : ConnectorOptions
{
    private readonly ResiliencePipeline _pipeline;

    protected HttpPostSource(HttpClient http, TOptions options, SourceRuntime runtime, ILogger logger) : base(logger)
    {
        Http = http;
        Options = options;
        Runtime = runtime;
        _pipeline = Monitor.Sources.Http.TransientRetryHandler.BuildPipeline(options);
    }

    protected HttpClient Http { get; }
    protected TOptions Options { get; }
    protected SourceRuntime Runtime { get; }

    /// <summary>Sends through limiter and retry pipeline; a non-2xx answer becomes a typed failure via <see cref="MapHttpError"/>.</summary>
    protected async Task<HttpPayload> SendAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        var payload = await _pipeline.ExecuteAsync(async token =>
        {
            await Runtime.Limiters.AcquireAsync(Key, Options.PermitsPerSecond, token);
            using var request = build();
            if (request.RequestUri is { IsAbsoluteUri: false } && Http.BaseAddress is null)
            {
                throw FetchErrors.Configuration(DisplayName, "未配置 BaseUrl");
            }
            if (!string.IsNullOrEmpty(Options.UserAgent))
            {
                request.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
            }
            using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
            if ((int)response.StatusCode >= 500)
            {
                throw new TransientHttpException(response.StatusCode);
            }
            var body = await response.Content.ReadAsStringAsync(token);
            if (BusyAnswer(body) is { } busy)
            {
                throw new TransientAnswerException(busy);
            }
            var retryAfter = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.RetryAfter?.Date is { } at ? at - Runtime.Time.GetUtcNow() : null);
            return new HttpPayload(response.StatusCode, body, retryAfter);
        }, ct);
        if (!IsSuccess(payload.Status))
        {
            throw MapHttpError(payload);
        }
        return payload;
    }

    /// <summary>
    /// A platform's "system busy" answer inside a 2xx body (its Chinese name), retried like a 5xx; null for any other body.
    /// Checked on the raw text before parsing, so every call of the source gets it.
    /// </summary>
    protected virtual string? BusyAnswer(string body) => null;

    protected virtual FetchException MapHttpError(HttpPayload payload) =>
        FetchErrors.Http(DisplayName, payload.Status, payload.RetryAfter);

    protected async Task<T> GetJsonAsync<T>(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        var payload = await SendAsync(build, ct);
        return ParseJson<T>(payload.Body);
    }

    /// <summary>Empty bodies, <c>blocked</c> and visitor/captcha/login pages are anti-crawl; anything else unreadable is malformed.</summary>
    protected T ParseJson<T>(string body)
    {
        var trimmed = body.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed.Equals("blocked", StringComparison.OrdinalIgnoreCase) || trimmed.SequenceEqual("\"\""))
        {
            throw FetchErrors.AntiCrawl(DisplayName, "平台返回空内容");
        }
        if (trimmed[0] == '<')
        {
            throw AntiCrawlPages.LooksBlocked(body)
                ? FetchErrors.AntiCrawl(DisplayName, "平台返回了验证或登录页面")
                : FetchErrors.Malformed(DisplayName, "返回的是 HTML 而不是 JSON");
        }
        try
        {
            return JsonSerializer.Deserialize<T>(body, SourceJson.Options)
                ?? throw FetchErrors.Malformed(DisplayName, "返回 null");
        }
        catch (JsonException e)
        {
            throw FetchErrors.Malformed(DisplayName, $"JSON 格式错误（第 {e.LineNumber + 1} 行）");
        }
    }

    /// <summary>
    /// Reads pages newest-first until the platform says there is no more, or a page reaches posts older than
    /// <see cref="FetchRequest.SinceUtc"/> (pinned posts do not count: they are old by nature).
    /// </summary>
    /// <remarks>Stopping at <see cref="ConnectorOptions.MaxPages"/> while still inside the window is reported as truncated (coverage Partial).</remarks>
    protected async Task<PageRun> ReadPagesAsync(FetchRequest request,
        Func<string?, int, CancellationToken, Task<SourcePage>> readPage, CancellationToken ct)
    {
        var all = new List<SourcePost>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? next = null;
        for (var page = 0; page < Math.Max(1, Options.MaxPages); page++)
        {
            var current = await readPage(next, page, ct);
            all.AddRange(current.Posts);
            var fresh = current.Posts.Count(p => seen.Add(p.PlatformPostId));
            var dated = current.Posts.Where(p => !p.IsPinned).ToList();
            // A page of nothing new means the platform ignored the cursor: stop instead of looping to MaxPages.
            if (current.Next is null || current.Posts.Count == 0 || fresh == 0
                || (dated.Count > 0 && dated.Min(p => p.PublishedAt.UtcDateTime) < request.SinceUtc))
            {
                return new PageRun(all, false);
            }
            next = current.Next;
        }
        Logger.LogWarning("Paging stopped at MaxPages {MaxPages} inside the window: {Source} account {AccountId}",
            Options.MaxPages, Key, request.Account.Id);
        return new PageRun(all, true);
    }

    /// <summary>Calls with a cached token; on <see cref="FetchErrorKind.TokenExpired"/> refreshes once and retries once.</summary>
    /// <remarks><paramref name="acquire"/> is told when it is a refresh after a rejection (WeChat's force_refresh).</remarks>
    protected async Task<T> WithTokenAsync<T>(string cacheKey, Func<bool, CancellationToken, Task<AccessToken>> acquire,
        Func<string, CancellationToken, Task<T>> call, CancellationToken ct)
    {
        cacheKey = Key + ":" + cacheKey;
        var token = await Runtime.Tokens.GetAsync(cacheKey, t => acquire(false, t), ct);
        RememberSecret(token);
        try
        {
            return await call(token, ct);
        }
        catch (FetchException e) when (e.Kind == FetchErrorKind.TokenExpired)
        {
            Runtime.Tokens.Invalidate(cacheKey, token);
            token = await Runtime.Tokens.GetAsync(cacheKey, t => acquire(true, t), ct);
            RememberSecret(token);
            return await call(token, ct);
        }
    }
}
