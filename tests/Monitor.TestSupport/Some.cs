using System.Security.Cryptography;
using System.Text;
using Monitor.Shared.Domain;

namespace Monitor.TestSupport;

/// <summary>Values for tests that do not care about them (Serilog's Some).</summary>
public static class Some
{
    private static int _counter;

    public static int Int() => Interlocked.Increment(ref _counter);

    public static GovAccount Account(Platform platform = Platform.Weibo, string? name = null, string? code = null) => new()
    {
        Name = name ?? $"测试账号{Int()}",
        Platform = platform,
        AccountCode = code,
        Owner = "测试单位",
        RegionCode = "530600",
        RegionName = "昭通市",
        RegionLevel = Shared.Domain.RegionLevel.City,
        Handle = $"h{Int()}",
        SourceKind = SourceKind.Web,
        RegisteredAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    public static Post Post(long accountId, DateTimeOffset publishedAt, string text = "今天召开了工作会议。", string? id = null) => new()
    {
        AccountId = accountId,
        PlatformPostId = id ?? $"p{Int()}",
        Text = text,
        PublishedAt = publishedAt,
        FetchedAt = publishedAt.UtcDateTime.AddHours(1),
        ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
    };
}
