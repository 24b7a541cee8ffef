using System.Text.Json.Serialization;

namespace Monitor.Sources.Weibo;

// m.weibo.cn shapes (connectors.md §2.2, §6.2). Ids and counts are strings: the platform mixes numbers and "1万+".

internal sealed record WeiboEnvelope(int Ok, string? Msg, string? Url, WeiboData? Data);

internal sealed record WeiboData(
    [property: JsonPropertyName("cardlistInfo")] WeiboCardlistInfo? CardlistInfo,
    List<WeiboCard>? Cards,
    [property: JsonPropertyName("userInfo")] WeiboUser? UserInfo);

internal sealed record WeiboCardlistInfo(string? SinceId, string? Page, string? Total);

internal sealed record WeiboCard(int CardType, string? Scheme, string? ProfileTypeId, WeiboMblog? Mblog, List<WeiboCard>? CardGroup);

internal sealed record WeiboMblog(
    string? CreatedAt,
    string? Id,
    string? Mid,
    string? Bid,
    string? Text,
    [property: JsonPropertyName("isLongText")] bool IsLongText,
    int Mblogtype,
    WeiboUser? User,
    WeiboMblog? RetweetedStatus);

internal sealed record WeiboUser(string? Id, string? ScreenName, string? StatusesCount);

internal sealed record WeiboExtendEnvelope(int Ok, WeiboExtendData? Data);

internal sealed record WeiboExtendData([property: JsonPropertyName("longTextContent")] string? LongTextContent);

// Official API (connectors.md §2.1): statuses/user_timeline.json and its error envelope.

internal sealed record WeiboTimeline(List<WeiboStatus>? Statuses, string? TotalNumber, string? ErrorCode, string? Error);

internal sealed record WeiboStatus(string? CreatedAt, string? Id, string? Idstr, string? Mid, string? Text, WeiboUser? User, WeiboStatus? RetweetedStatus);

internal sealed record WeiboRenderData(WeiboDetailStatus? Status);

internal sealed record WeiboDetailStatus(string? Text, [property: JsonPropertyName("longText")] WeiboExtendData? LongText);
