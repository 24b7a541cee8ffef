using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Analysis;
using Monitor.Shared.Data;
using Monitor.Sources;

namespace Monitor.Ingest.Hosting;

/// <summary>The host behind every CLI verb: the dashboard's data, analysis, source and ingest registrations, without the web server. Verbs add what only they need (exports, users) through the <c>configure</c> callback.</summary>
public static class MonitorHost
{
    public static IHost Build(Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddEnvironmentVariables();
        // The CLI's stdout is data (segment, check): logs go to stderr and only warnings by default.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // EF logs a failed command or connection as an error with its own dump; the CLI reports it once, in Chinese.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        builder.AddMonitorData();
        builder.AddAnalysis();
        builder.AddSources();
        builder.AddIngest();
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Opens a scope on a migrated database (SQLite migrates itself; PostgreSQL must be migrated by <c>monitor db migrate</c>).</summary>
    public static async Task<AsyncServiceScope> OpenAsync(IHost host, CancellationToken ct)
    {
        var scope = host.Services.CreateAsyncScope();
        await DatabaseStartup.EnsureReadyAsync(scope.ServiceProvider, ct);
        return scope;
    }
}
