using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Monitor.Shared.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the storage: <see cref="MonitorDbContext"/> (scoped and as a factory) on SQLite or PostgreSQL.</summary>
    public static IHostApplicationBuilder AddMonitorData(this IHostApplicationBuilder builder)
    {
        // Model and data folders are read by static loaders (segmenter, lexicons, regions): set them once, here.
        RepoPaths.Configure(builder.Configuration.GetSection(PathsOptions.Section).Get<PathsOptions>() ?? new PathsOptions());
        // Bound when first resolved, not here, so hosts and test factories can still add configuration.
        builder.Services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions());
        builder.Services.AddDbContextFactory<MonitorDbContext>((sp, o) =>
        {
            var options = sp.GetRequiredService<StorageOptions>();
            Configure(o, options, ResolveConnectionString(options, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        });
        builder.Services.AddScoped<SchemaMigrator>();
        builder.Services.AddScoped<Monitor.Shared.Audit.AuditLog>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static void Configure(DbContextOptionsBuilder o, StorageOptions options, string connectionString)
    {
        if (options.IsPostgres)
        {
            o.UseNpgsql(connectionString);
        }
        else
        {
            o.UseSqlite(connectionString);
        }
    }

    /// <summary>The configured connection string, or the default SQLite file <c>data/monitor.db</c> (its folder created).</summary>
    public static string ResolveConnectionString(StorageOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }
        if (options.IsPostgres)
        {
            throw new InvalidOperationException("Monitor:Storage:ConnectionString is required when Monitor:Storage:Provider is Postgres.");
        }
        return $"Data Source={Path.Combine(RepoPaths.DataDirectory(contentRoot), "monitor.db")}";
    }
}
