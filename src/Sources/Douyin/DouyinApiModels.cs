namespace Monitor.Sources.Douyin;

// Open-platform shapes (connectors.md §3.1, §6.3): {"data":{…,"error_code","description"},"extra":{…}}.

internal sealed record DouyinEnvelope<T>(T? Data, DouyinExtra? Extra, string? Message) where T : DouyinData;

internal record DouyinData(long ErrorCode, string? Description);

internal sealed record DouyinExtra(long ErrorCode, long SubErrorCode, string? Description, string? SubDescription);

internal sealed record DouyinVideoPage(long ErrorCode, string? Description, List<DouyinVideo>? List, string? Cursor, bool HasMore)
    : DouyinData(ErrorCode, Description);

internal sealed record DouyinVideo(string? ItemId, string? Title, long CreateTime, string? ShareUrl, bool IsTop, int VideoStatus, int MediaType);

internal sealed record DouyinToken(long ErrorCode, string? Description, string? AccessToken, int ExpiresIn, string? OpenId,
    string? RefreshToken)
    : DouyinData(ErrorCode, Description);
