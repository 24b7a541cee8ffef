namespace Monitor.Shared.Domain;

/// <summary>Why a fetch failed. Every one of them leaves the account "unknown", never "no posts".</summary>
public enum FetchErrorKind
{
    None,
    Network,
    Timeout,
    RateLimited,
    AntiCrawl,
    Unauthorized,
    TokenExpired,
    NotFound,
    AccountBlocked,
    MalformedResponse,
    Configuration,
    Unknown,
}
