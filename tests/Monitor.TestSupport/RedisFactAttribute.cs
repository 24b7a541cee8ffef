using Xunit;

namespace Monitor.TestSupport;

/// <summary>
/// A test that needs a Redis server (<c>MONITOR_TEST_REDIS</c>, e.g. <c>127.0.0.1:6390</c>; see scripts/test-redis.sh)
/// and, with <see cref="AlsoPostgres"/>, PostgreSQL: reported as skipped, never as passed, without them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public static string? RedisConfiguration =>
        Environment.GetEnvironmentVariable("MONITOR_TEST_REDIS") is { Length: > 0 } s ? s : null;

    public RedisFactAttribute()
    {
        if (RedisConfiguration is null)
        {
            Skip = "Redis not tested: MONITOR_TEST_REDIS is not set";
        }
    }

    /// <summary>
    /// Also needs <c>MONITOR_TEST_CLUSTER=1</c>: the multi-process sweep tests start three worker processes and take
    /// minutes on a loaded machine, so they run only when asked for.
    /// </summary>
    public bool Cluster
    {
        get => false;
        init
        {
            if (value && Skip is null && Environment.GetEnvironmentVariable("MONITOR_TEST_CLUSTER") != "1")
            {
                Skip = "Multi-process sweep not tested: set MONITOR_TEST_CLUSTER=1 (with MONITOR_TEST_POSTGRES and MONITOR_TEST_REDIS)";
            }
        }
    }

    public bool AlsoPostgres
    {
        get => false;
        init
        {
            if (value && Skip is null && TestDb.PostgresConnectionString is null)
            {
                Skip = "PostgreSQL not tested: MONITOR_TEST_POSTGRES is not set";
            }
        }
    }
}
