namespace Monitor.TestSupport;

/// <summary>
/// One recorded request/answer pair a <see cref="FakePlatformServer"/> replays. A query value of null means
/// "parameter absent". <see cref="Times"/> limits how often it is served (null: always), so a 503 then a 200 is two exchanges.
/// </summary>
public sealed record FakeExchange
{
    public string Method { get; init; } = "GET";
    public required string Path { get; init; }
    public IReadOnlyDictionary<string, string?> Query { get; init; } = new Dictionary<string, string?>();
    public string? BodyContains { get; init; }
    public int Status { get; init; } = 200;
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public string Body { get; init; } = "";
    public string ContentType { get; init; } = "application/json; charset=utf-8";
    public int? Times { get; init; }
    public int DelayMs { get; init; }
}
