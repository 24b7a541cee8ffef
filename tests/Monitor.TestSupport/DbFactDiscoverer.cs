using Xunit.Abstractions;
using Xunit.Sdk;

namespace Monitor.TestSupport;

public class DbFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var methodDisplayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        yield return new XunitTestCase(diagnosticMessageSink, display, methodDisplayOptions, testMethod, [TestDb.Sqlite]);
        if (TestDb.PostgresConnectionString is null)
        {
            yield return new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, methodDisplayOptions, testMethod,
                "PostgreSQL not tested: MONITOR_TEST_POSTGRES is not set", [TestDb.Postgres]);
        }
        else
        {
            yield return new XunitTestCase(diagnosticMessageSink, display, methodDisplayOptions, testMethod, [TestDb.Postgres]);
        }
    }
}
