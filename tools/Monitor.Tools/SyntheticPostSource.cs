using Monitor.Shared;
using Monitor.Shared.Domain;
using Monitor.Sources;

namespace Monitor.Tools;

/// <summary>
/// A zero-latency platform for benchmarks: every <c>bench-*</c> account has the same number of posts, spread over the
/// two weeks before the cut-off, with stable ids so a second sweep finds them unchanged.
/// </summary>
public sealed class SyntheticPostSource(int postsPerAccount, DateTime cutoffUtc) : IPostSource
{
    public const string HandlePrefix = "bench-";

    public string Key => "bench.synthetic";

    public bool CanFetch(GovAccount account) => account.Handle?.StartsWith(HandlePrefix, StringComparison.Ordinal) == true;

    public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        var handle = request.Account.Handle!;
        var posts = new SourcePost[postsPerAccount];
        for (var k = 0; k < postsPerAccount; k++)
        {
            posts[k] = new SourcePost
            {
                PlatformPostId = $"{handle}-{k}",
                PublishedAt = new DateTimeOffset(cutoffUtc.AddHours(-11 * (k + 1)), TimeSpan.Zero).ToOffset(ChinaTime.Offset),
                Title = $"{request.Account.Name}工作动态（{k}）",
                Text = $"{request.Account.Name}今天召开专题会议，研究部署近期重点工作。会议要求，各部门要认真落实责任，确保各项任务按期完成。第{k}条。",
                IsOriginal = k % 3 != 0,
                IsRepost = k % 3 == 0,
            };
        }
        return Task.FromResult(new FetchResult(posts, Coverage.Full, null));
    }

    public Task<SourceTestResult> TestAsync(CancellationToken ct) => Task.FromResult(new SourceTestResult(true, "基准测试数据源"));
}
