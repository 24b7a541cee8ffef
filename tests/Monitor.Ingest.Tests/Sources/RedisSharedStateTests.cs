using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;
using Monitor.Sources;
using Monitor.Sources.Redis;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sources;

/// <summary>The Redis versions of the rate limiter and the token store, two "nodes" (two connections) at a time.</summary>
public class RedisSharedStateTests
{
    private static RedisConnection Node(string prefix, string? configuration = null) =>
        new(Options.Create(new RedisOptions
        {
            Configuration = configuration ?? RedisFactAttribute.RedisConfiguration,
            KeyPrefix = prefix,
            RateWindowMarginMs = 200,
        }));

    private static string Prefix() => $"monitor-test-{Guid.NewGuid():N}:";

    [RedisFact]
    public async Task two_nodes_together_never_exceed_the_limit_in_any_second()
    {
        var prefix = Prefix();
        await using var a = Node(prefix);
        await using var b = Node(prefix);
        var limiters = new IRateLimiter[] { new RedisRateLimiter(a), new RedisRateLimiter(b) };
        var clock = Stopwatch.StartNew();
        var granted = new ConcurrentQueue<double>();

        await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            await limiters[i % 2].AcquireAsync("feed", 20, default);
            granted.Enqueue(clock.Elapsed.TotalSeconds);
        }));

        var times = granted.Order().ToList();
        // Every one-second window holds at most the limit (times are taken when the caller resumes, so they carry
        // the scheduler's jitter: the margin on the window absorbs it, as it does for requests on the wire).
        Assert.InRange(times.GroupBy(t => (long)Math.Floor(t)).Max(g => g.Count()), 1, 20);
        Assert.True(times[^1] >= 2, $"60 permits at 20/s took only {times[^1]:F2} s");
    }

    [RedisFact]
    public async Task one_node_acquires_a_token_the_others_wait_for_it_and_reuse_it()
    {
        var prefix = Prefix();
        await using var a = Node(prefix);
        await using var b = Node(prefix);
        var stores = new IAccessTokenStore[] { new RedisAccessTokenStore(a, TimeProvider.System), new RedisAccessTokenStore(b, TimeProvider.System) };
        var acquired = 0;
        async Task<AccessToken> Acquire(CancellationToken ct)
        {
            Interlocked.Increment(ref acquired);
            await Task.Delay(300, ct);
            return new AccessToken($"token-{acquired}", DateTimeOffset.UtcNow.AddHours(1));
        }

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => stores[i % 2].GetAsync("wechat:app1", Acquire, default)));

        Assert.Equal(1, acquired);
        Assert.All(tokens, t => Assert.Equal("token-1", t));

        // A rejected token is dropped for everyone; a stale rejection (another token) drops nothing.
        await stores[1].InvalidateAsync("wechat:app1", "token-0", default);
        Assert.Equal("token-1", await stores[0].GetAsync("wechat:app1", Acquire, default));
        await stores[1].InvalidateAsync("wechat:app1", "token-1", default);
        Assert.Equal("token-2", await stores[0].GetAsync("wechat:app1", Acquire, default));
        Assert.Equal("token-2", await stores[1].GetAsync("wechat:app1", Acquire, default));
    }

    [Fact]
    public async Task redis_down_fails_the_fetch_never_unlimited_never_empty()
    {
        // Nothing listens on port 1.
        await using var down = Node(Prefix(), "127.0.0.1:1,connectTimeout=500");
        var limiter = new RedisRateLimiter(down);
        var tokens = new RedisAccessTokenStore(down, TimeProvider.System);

        var limited = await Assert.ThrowsAsync<FetchException>(() => limiter.AcquireAsync("feed", 5, default).AsTask());
        var token = await Assert.ThrowsAsync<FetchException>(() =>
            tokens.GetAsync("wechat:app1", _ => Task.FromResult(new AccessToken("x", DateTimeOffset.UtcNow.AddHours(1))), default));

        Assert.Equal(FetchErrorKind.Network, limited.Kind);
        Assert.Contains("Redis 不可用", limited.Message);
        Assert.Contains("Redis 不可用", token.Message);
    }
}
