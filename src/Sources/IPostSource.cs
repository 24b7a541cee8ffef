using Monitor.Shared.Domain;

namespace Monitor.Sources;

/// <summary>
/// A place posts come from (a platform API, a web feed, an RSS bridge, a vendor file).
/// Contract: <see cref="FetchAsync"/> returns every post published since <see cref="FetchRequest.SinceUtc"/>
/// (pinned posts included and flagged) or throws <see cref="FetchException"/>; it never turns a refusal,
/// an outage or an unreadable answer into an empty success. It does not write to the database and is safe
/// to call concurrently for different accounts. Other exceptions are caught by the caller and recorded as
/// <see cref="FetchErrorKind.Unknown"/>.
/// </summary>
public interface IPostSource
{
    /// <summary>Stable key, e.g. <c>weibo.web</c>, <c>wechat.official</c>, <c>feed</c>, <c>file.jsonl</c>.</summary>
    string Key { get; }

    /// <summary>True when this source fetches the account (by platform, source kind and handle).</summary>
    bool CanFetch(GovAccount account);

    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct);

    /// <summary>Checks the configured settings against the platform without fetching an account.</summary>
    Task<SourceTestResult> TestAsync(CancellationToken ct);
}
