using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Monitor.Shared.Domain;
using Polly.Timeout;

namespace Monitor.Sources;

/// <summary>
/// What every source shares: turning any failure into a typed <see cref="FetchException"/> with a secret-free message,
/// the window filter and the incremental cursor, and <see cref="TestAsync"/>. A source implements only the fetch itself.
/// </summary>
public abstract class PostSourceBase(ILogger logger) : IPostSource
{
    private readonly HashSet<string> _runtimeSecrets = [];

    protected ILogger Logger { get; } = logger;

    public abstract string Key { get; }

    /// <summary>Chinese name used in messages, e.g. 微博（网页）.</summary>
    protected abstract string DisplayName { get; }

    public abstract bool CanFetch(GovAccount account);

    protected abstract Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken ct);

    /// <summary>A cheap call that proves the settings work (token, base URL, file presence); returns what it checked, in Chinese.</summary>
    protected abstract Task<string> ProbeAsync(CancellationToken ct);

    /// <summary>Configured secrets (AppSecret, cookies, tokens) that must never appear in a message.</summary>
    protected virtual IEnumerable<string?> ConfiguredSecrets => [];

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        try
        {
            return await FetchCoreAsync(request, ct);
        }
        catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            var failure = Sanitize(Classify(e));
            Logger.LogWarning("Fetch failed: {Source} account {AccountId} {ErrorKind} {Reason}",
                Key, request.Account.Id, failure.Kind, failure.Message);
            throw failure;
        }
    }

    public async Task<SourceTestResult> TestAsync(CancellationToken ct)
    {
        try
        {
            var checkedWhat = await ProbeAsync(ct);
            return new SourceTestResult(true, Redact($"{DisplayName}：{checkedWhat}"));
        }
        catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            var failure = Sanitize(Classify(e));
            Logger.LogWarning("Source test failed: {Source} {ErrorKind} {Reason}", Key, failure.Kind, failure.Message);
            return new SourceTestResult(false, failure.Message);
        }
    }

    /// <summary>Keeps posts inside the window (pinned posts always, flagged), newest first, one per id, and the new cursor.</summary>
    protected static FetchResult Complete(FetchRequest request, IEnumerable<SourcePost> posts, Coverage coverage, DateTime? completeFromUtc = null)
    {
        var kept = posts
            .Where(p => p.IsPinned || p.PublishedAt.UtcDateTime >= request.SinceUtc)
            .GroupBy(p => p.PlatformPostId)
            .Select(g => g.First())
            .OrderByDescending(p => p.PublishedAt)
            .ToList();
        var newest = kept.Where(p => !p.IsPinned).FirstOrDefault();
        var cursor = newest is null ? request.Cursor : $"{newest.PublishedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}|{newest.PlatformPostId}";
        return new FetchResult(kept, coverage, cursor, coverage == Coverage.Partial ? completeFromUtc : null);
    }

    protected void RememberSecret(string? secret)
    {
        if (!string.IsNullOrEmpty(secret))
        {
            lock (_runtimeSecrets)
            {
                _runtimeSecrets.Add(secret);
            }
        }
    }

    protected string Redact(string text)
    {
        List<string> secrets;
        lock (_runtimeSecrets)
        {
            secrets = [.. ConfiguredSecrets.Where(s => !string.IsNullOrEmpty(s)).Cast<string>(), .. _runtimeSecrets];
        }
        foreach (var secret in secrets.Where(s => s.Length >= 4))
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }
        return text;
    }

    private FetchException Classify(Exception e) => e switch
    {
        FetchException f => f,
        TransientHttpException t => FetchErrors.Http(DisplayName, t.Status, null),
        TransientAnswerException b => new FetchException(FetchErrorKind.Network, $"{DisplayName}：平台{b.Reason}，重试后仍失败"),
        TimeoutRejectedException or TaskCanceledException =>
            new FetchException(FetchErrorKind.Timeout, $"{DisplayName}：请求超时，重试后仍失败"),
        HttpRequestException h => new FetchException(FetchErrorKind.Network,
            $"{DisplayName}：网络错误（{h.HttpRequestError}），重试后仍失败"),
        JsonException => FetchErrors.Malformed(DisplayName, "JSON 格式错误"),
        _ => new FetchException(FetchErrorKind.Unknown, $"{DisplayName}：未知错误（{e.GetType().Name}）"),
    };

    // Inner exceptions are dropped: their messages may quote a URL with a token in it.
    private FetchException Sanitize(FetchException e) =>
        new(e.Kind, Redact(e.Message), null, e.RetryAfter);

    protected static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;
}
