using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Analysis;
using Monitor.Export;
using Monitor.Shared.Data;
using Monitor.Sources;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Export;

/// <summary>The real registrations on a test database with a fixed clock.</summary>
public static class ExportHost
{
    public static IHost Build(TestDb db, DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(db.Settings.ToDictionary(kv => kv.Key, kv => (string?)kv.Value));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Monitor:Notice:Issuer"] = "云南省人民政府办公厅",
            ["Monitor:Notice:Contact"] = "张三，0871-00000000",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Logging.ClearProviders();
        builder.AddMonitorData();
        builder.AddAnalysis();
        builder.AddSources();
        builder.AddIngest();
        builder.AddExport();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(now)));
        return builder.Build();
    }
}
