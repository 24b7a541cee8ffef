using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Monitor.Ingest.Demo;
using Monitor.Ingest.Jobs;
using Monitor.Ingest.Register;
using Monitor.Ingest.Sweep;
using Monitor.Shared.Regions;

namespace Monitor.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>Registers the register import, the demo, the sweep, the job storage and (when enabled) a job server with the recurring jobs. Needs <c>AddSources()</c>.</summary>
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => RegionCatalog.Load());
        builder.Services.AddScoped<AccountImporter>();
        builder.Services.AddScoped<PostUpserter>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions());
        builder.Services.AddScoped<DemoSeeder>();

        builder.Services.AddOptions<SweepOptions>().BindConfiguration(SweepOptions.Section);
        builder.Services.AddSingleton<IPostAnalyser, InspectorPostAnalyser>();
        builder.Services.AddSingleton<AccountFetcher>();
        builder.Services.AddSingleton<AccountActivityLoader>();
        builder.Services.AddSingleton<SweepBatchWork>();
        builder.Services.AddSingleton<SweepBatchRunner>();
        builder.Services.AddSingleton<SweepPlanner>();
        builder.Services.AddSingleton<SweepService>();
        builder.AddJobStorage();
        if (builder.Configuration.GetValue<bool>($"{JobsOptions.Section}:Enabled"))
        {
            builder.AddSweepScheduling();
        }
        return builder;
    }
}
