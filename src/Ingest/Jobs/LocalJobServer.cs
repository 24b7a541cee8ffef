using Hangfire;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monitor.Shared;

namespace Monitor.Ingest.Jobs;

/// <summary>
/// A job server for as long as a caller waits on its jobs (<c>monitor sweep</c>, the demo sweep at first start), built
/// from the same registrations and options as the hosted one.
/// </summary>
public sealed class LocalJobServer(IServiceProvider services)
{
    public IAsyncDisposable Start()
    {
        var options = new BackgroundJobServerOptions();
        Configure(options, services);
        // The one constructor that takes the container's activator and filters instead of Hangfire's static ones (two
        // hosts in one process, as in the tests, must not share those); Hangfire.NetCore's hosted server uses the same.
        var filters = services.GetRequiredService<IJobFilterProvider>();
        var activator = services.GetRequiredService<JobActivator>();
#pragma warning disable CS0618
        var server = new BackgroundJobServer(options,
            services.GetRequiredService<JobStorage>(),
            [],
            filters,
            activator,
            services.GetService<IBackgroundJobFactory>() ?? new BackgroundJobFactory(filters),
            services.GetService<IBackgroundJobPerformer>() ?? new BackgroundJobPerformer(filters, activator),
            services.GetService<IBackgroundJobStateChanger>() ?? new BackgroundJobStateChanger(filters));
#pragma warning restore CS0618
        return new Running(server);
    }

    /// <summary>Worker count (one on SQLite: one writer), polling and shutdown as configured.</summary>
    public static void Configure(BackgroundJobServerOptions o, IServiceProvider services)
    {
        var jobs = services.GetRequiredService<IOptions<JobsOptions>>().Value;
        var storage = services.GetRequiredService<StorageOptions>();
        o.WorkerCount = storage.IsPostgres ? Math.Max(1, jobs.WorkerCount) : 1;
        o.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Max(1, jobs.SchedulePollSeconds));
        o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
        o.ShutdownTimeout = TimeSpan.FromSeconds(30);
    }

    private sealed class Running(BackgroundJobServer server) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            server.SendStop();
            await server.WaitForShutdownAsync(CancellationToken.None);
            server.Dispose();
        }
    }
}
