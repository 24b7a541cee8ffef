using Refit;

namespace Monitor.Sources.WeChat;

/// <summary>
/// The official API surface (api.weixin.qq.com, connectors.md §1.1) as a Refit client. Its HttpClient pipeline holds
/// our handlers — retries with back-off (errcode -1 included), the rate limit, raw-body anti-crawl checks and secret
/// redaction — so every call here gets them; errcode envelopes are typed by <see cref="WeChatErrors"/>.
/// </summary>
internal interface IWeChatApi
{
    [Post("/cgi-bin/stable_token")]
    Task<WeChatToken> StableTokenAsync([Body] WeChatTokenRequest body, CancellationToken ct);

    [Post("/cgi-bin/freepublish/batchget")]
    Task<WeChatPublishedPage> BatchGetAsync([AliasAs("access_token")] string accessToken, [Body] WeChatPageRequest body, CancellationToken ct);

    [Post("/cgi-bin/freepublish/getarticle")]
    Task<WeChatArticleAnswer> GetArticleAsync([AliasAs("access_token")] string accessToken, [Body] WeChatArticleRequest body, CancellationToken ct);

    [Post("/datacube/getarticletotaldetail")]
    Task<WeChatArticleTotals> ArticleTotalDetailAsync([AliasAs("access_token")] string accessToken, [Body] WeChatDateRange body, CancellationToken ct);
}
