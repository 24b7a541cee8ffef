using Xunit;
using Xunit.Sdk;

namespace Monitor.TestSupport;

/// <summary>
/// A test that runs once per storage provider: the method takes <c>string provider</c> and gets
/// <c>"sqlite"</c> and <c>"postgres"</c>. The PostgreSQL case is reported as skipped, never as passed,
/// when <c>MONITOR_TEST_POSTGRES</c> names no server.
/// </summary>
[XunitTestCaseDiscoverer("Monitor.TestSupport.DbFactDiscoverer", "Monitor.TestSupport")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute : FactAttribute;
