using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

/// <summary>A test that needs PostgreSQL (clustering): reported as skipped, never as passed, without a server.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDb.PostgresConnectionString is null)
        {
            Skip = "PostgreSQL not tested: MONITOR_TEST_POSTGRES is not set";
        }
    }
}
