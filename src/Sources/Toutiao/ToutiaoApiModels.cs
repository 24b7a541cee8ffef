namespace Monitor.Sources.Toutiao;

// Web profile feed shapes (connectors.md §4.2, §6.4). Ids are strings even when sent as numbers (beyond 2^53).

internal sealed record ToutiaoFeed(string? Message, bool HasMore, ToutiaoNext? Next, List<ToutiaoItem>? Data);

internal sealed record ToutiaoNext(string? MaxBehotTime);

internal sealed record ToutiaoItem(
    int CellType,
    string? Id,
    string? GroupId,
    string? Title,
    string? Abstract,
    string? Content,
    string? RichContent,
    long? PublishTime,
    long? BehotTime,
    string? ArticleUrl,
    bool? IsOriginal,
    ToutiaoOriginThread? OriginThread,
    ToutiaoComment? CommentBase);

internal sealed record ToutiaoOriginThread(string? ThreadId, string? Content, ToutiaoUser? User);

internal sealed record ToutiaoUser(string? Name, string? ScreenName);

internal sealed record ToutiaoComment(string? Content);
