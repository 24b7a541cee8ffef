using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Analysis;
using Monitor.Analysis.Inspection;
using Monitor.Sources;
using Monitor.Shared.Data;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

/// <summary>The real registrations on a test database, with a fake source, a fake inspector and a fixed clock.</summary>
public static class SweepHost
{
    // 2026-11-16 02:00 in Beijing: the daily sweep's time; the cut-off is that day's midnight.
    public static readonly DateTimeOffset Now = new(2026, 11, 16, 2, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTime Cutoff = new(2026, 11, 15, 16, 0, 0, DateTimeKind.Utc);

    public static IHost Build(TestDb db, IPostSource source, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null,
        Action<IHostApplicationBuilder>? configureBuilder = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(db.Settings.ToDictionary(kv => kv.Key, kv => (string?)kv.Value));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Monitor:Sweep:BatchSize"] = "3",
            ["Monitor:Jobs:SchedulePollSeconds"] = "1",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("SWEEP_TEST_LOG") == "1") { builder.Logging.AddConsole(); builder.Logging.SetMinimumLevel(LogLevel.Debug); }
        builder.AddMonitorData();
        builder.AddAnalysis();
        builder.AddSources();
        builder.AddIngest();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Now)));
        // The sweep is under test, not the connectors: the fake is the only source.
        builder.Services.RemoveAll<IPostSource>();
        builder.Services.AddSingleton(source);
        builder.Services.AddSingleton<IPostInspector, TypoWordInspector>();
        configureBuilder?.Invoke(builder);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
