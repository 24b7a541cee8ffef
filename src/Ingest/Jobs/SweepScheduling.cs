using System.Linq.Expressions;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Monitor.Shared;
using Monitor.Shared.Data;

namespace Monitor.Ingest.Jobs;

/// <summary>
/// Hangfire for the sweep (and any other background job). <see cref="AddJobStorage"/> — called by <c>AddIngest()</c> —
/// registers the job storage and client, so any process can enqueue (立即巡检, <c>monitor sweep</c>);
/// <see cref="AddSweepScheduling"/> also hosts a job server and the recurring jobs (the dashboard when
/// <c>Monitor:Jobs:Enabled</c>, <c>monitor worker</c> always).
/// </summary>
public static class SweepScheduling
{
    public static IHostApplicationBuilder AddJobStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(LocalJobServer)))
        {
            return builder;
        }
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        // Our storage, registered before AddHangfire (which only adds one if none is): never Hangfire's static
        // JobStorage.Current, so two hosts in one process (the tests) keep their own.
        services.AddSingleton<JobStorage>(sp =>
        {
            // Applies this host's Hangfire configuration first (its log provider is process-wide and must not be an
            // earlier, disposed host's logger factory).
            sp.GetRequiredService<IGlobalConfiguration>();
            return CreateStorage(
            sp.GetRequiredService<StorageOptions>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetRequiredService<IOptions<JobsOptions>>().Value);
        });
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddTransient<SweepJobs>();
        services.AddSingleton<LocalJobServer>();
        return builder;
    }

    /// <summary>Hosts a job server in this process with the daily sweep as a recurring job. Registering twice is a no-op.</summary>
    public static IHostApplicationBuilder AddSweepScheduling(this IHostApplicationBuilder builder)
    {
        builder.AddJobStorage();
        if (builder.Services.Any(d => d.ServiceType == typeof(RecurringJobsRegistrar)))
        {
            return builder;
        }
        builder.Services.AddHostedService<RecurringJobsRegistrar>();
        builder.Services.AddSingleton<RecurringJobsRegistrar>();
        builder.Services.AddHangfireServer((sp, o) => LocalJobServer.Configure(o, sp));
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        builder.AddRecurringJob<SweepJobs>(SweepJobs.DailyId, jobs.SweepCron, j => j.DailyAsync(CancellationToken.None));
        return builder;
    }

    /// <summary>
    /// A recurring job in <c>Monitor:Jobs:TimeZone</c> (Asia/Shanghai), registered (added or updated) when the job server
    /// starts; <c>Monitor:Jobs:Cron:&lt;id&gt;</c> overrides <paramref name="cron"/>. Call after <see cref="AddSweepScheduling"/>.
    /// </summary>
    public static IHostApplicationBuilder AddRecurringJob<TJob>(this IHostApplicationBuilder builder, string id, string cron,
        Expression<Func<TJob, Task>> call) where TJob : class
    {
        builder.Services.AddSingleton(new RecurringJobSpec(id, cron, (manager, configuredCron, zone) =>
            manager.AddOrUpdate(id, call, configuredCron, new RecurringJobOptions { TimeZone = zone })));
        return builder;
    }

    /// <summary>The job storage: Hangfire's tables in the PostgreSQL database (schema <c>hangfire</c>), or a SQLite file beside the database.</summary>
    public static JobStorage CreateStorage(StorageOptions storage, string contentRoot, JobsOptions jobs)
    {
        var connectionString = DataServiceCollectionExtensions.ResolveConnectionString(storage, contentRoot);
        if (storage.IsPostgres)
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromMilliseconds(Math.Max(50, jobs.PollIntervalMs)),
                InvisibilityTimeout = TimeSpan.FromSeconds(Math.Max(5, jobs.InvisibilitySeconds)),
                // Its keep-alive update blocked behind the fetching transaction here (1.21.1 with Npgsql 10): off.
                UseSlidingInvisibilityTimeout = false,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
        }
        return new SQLiteStorage(JobsDatabasePath(connectionString), new SQLiteStorageOptions
        {
            QueuePollInterval = TimeSpan.FromMilliseconds(Math.Max(50, jobs.PollIntervalMs)),
        });
    }

    /// <summary><c>data/monitor.db</c> → <c>data/monitor.jobs.db</c>: Hangfire's own file, so its polling never holds the data's write lock.</summary>
    public static string JobsDatabasePath(string sqliteConnectionString)
    {
        var path = new SqliteConnectionStringBuilder(sqliteConnectionString).DataSource;
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + ".jobs.db");
    }
}

/// <summary>One recurring job to register when the job server starts.</summary>
public sealed record RecurringJobSpec(string Id, string Cron, Action<IRecurringJobManager, string, TimeZoneInfo> Register);

/// <summary>Adds or updates every <see cref="RecurringJobSpec"/> in the job storage at start (every node does; it is idempotent).</summary>
public sealed class RecurringJobsRegistrar(IEnumerable<RecurringJobSpec> specs, IRecurringJobManager manager, IOptions<JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var jobs = options.Value;
        var zone = jobs.ResolveTimeZone();
        foreach (var spec in specs)
        {
            spec.Register(manager, jobs.Cron.TryGetValue(spec.Id, out var cron) && !string.IsNullOrWhiteSpace(cron) ? cron : spec.Cron, zone);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
