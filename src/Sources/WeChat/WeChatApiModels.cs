namespace Monitor.Sources.WeChat;

// api.weixin.qq.com shapes (connectors.md §1.1, §6.1). Every answer may carry the errcode envelope instead.

internal interface IWeChatAnswer
{
    int? Errcode { get; }
    string? Errmsg { get; }
}

internal sealed record WeChatToken(int? Errcode, string? Errmsg, string? AccessToken, int ExpiresIn) : IWeChatAnswer;

internal sealed record WeChatPublishedPage(int? Errcode, string? Errmsg, int TotalCount, int ItemCount, List<WeChatPublishedItem>? Item) : IWeChatAnswer;

internal sealed record WeChatPublishedItem(string ArticleId, long UpdateTime, WeChatPublishedContent? Content);

internal sealed record WeChatPublishedContent(List<WeChatNewsItem>? NewsItem);

internal sealed record WeChatNewsItem(string? Title, string? Author, string? Digest, string? Content, string? ContentSourceUrl,
    string? Url, bool IsDeleted);

internal sealed record WeChatArticleTotals(int? Errcode, string? Errmsg, List<WeChatArticleTotal>? List) : IWeChatAnswer;

internal sealed record WeChatArticleTotal(string? RefDate, string? Msgid, int PublishType);

/// <summary>What an article page (mp.weixin.qq.com/s/…) shows: its state, 原创 marker and share (转载) form.</summary>
internal sealed record WeChatArticlePage(WeChatPageState State, string? Title, DateTimeOffset? PublishedAt, bool IsOriginal, bool IsShare,
    string? BodyHtml, string? TransferLink);

internal enum WeChatPageState
{
    Ok,
    Deleted,
    Expired,
}

// Request bodies (snake_case on the wire through SourceJson).

internal sealed record WeChatTokenRequest(string GrantType, string Appid, string Secret, bool ForceRefresh);

internal sealed record WeChatPageRequest(int Offset, int Count, int NoContent);

internal sealed record WeChatArticleRequest(string ArticleId);

internal sealed record WeChatArticleAnswer(int? Errcode, string? Errmsg, List<WeChatNewsItem>? NewsItem) : IWeChatAnswer;

internal sealed record WeChatDateRange(string BeginDate, string EndDate);
