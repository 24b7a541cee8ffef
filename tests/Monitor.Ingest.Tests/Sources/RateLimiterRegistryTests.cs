using Monitor.Sources;

namespace Monitor.Ingest.Tests.Sources;

public class RateLimiterRegistryTests
{
    [Fact]
    public void permits_beyond_the_per_second_budget_wait_for_the_next_period()
    {
        using var registry = new RateLimiterRegistry();

        var first = registry.AcquireAsync("weibo.web", 2, default);
        var second = registry.AcquireAsync("weibo.web", 2, default);
        var third = registry.AcquireAsync("weibo.web", 2, default);

        Assert.True(first.IsCompleted);
        Assert.True(second.IsCompleted);
        Assert.False(third.IsCompleted);
    }

    [Fact]
    public void each_source_has_its_own_budget_and_zero_means_unlimited()
    {
        using var registry = new RateLimiterRegistry();

        Assert.True(registry.AcquireAsync("weibo.web", 1, default).IsCompleted);
        Assert.True(registry.AcquireAsync("toutiao.web", 1, default).IsCompleted);
        Assert.False(registry.AcquireAsync("weibo.web", 1, default).IsCompleted);
        Assert.All(Enumerable.Range(0, 50), _ => Assert.True(registry.AcquireAsync("feed", 0, default).IsCompleted));
    }
}
