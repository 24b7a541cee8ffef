using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Ingest.Jobs;
using Monitor.Ingest.Register;
using Monitor.Ingest.Sweep;

namespace Monitor.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>Registers the register import, the post sources and the ingest services.</summary>
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccountImporter>();
        builder.Services.AddScoped<PostUpserter>();

        builder.Services.AddOptions<SweepOptions>().BindConfiguration(SweepOptions.Section);
        builder.Services.AddSingleton<PostSourcePicker>();
        builder.Services.AddSingleton<IPostAnalyser, InspectorPostAnalyser>();
        builder.Services.AddSingleton<AccountFetcher>();
        builder.Services.AddSingleton<AccountActivityLoader>();
        builder.Services.AddSingleton<SweepBatchWork>();
        builder.Services.AddSingleton<SweepBatchRunner>();
        builder.Services.AddSingleton<SweepPlanner>();
        builder.Services.AddSingleton<SweepService>();
        if (builder.Configuration.GetValue<bool>($"{JobsOptions.Section}:Enabled"))
        {
            builder.AddSweepScheduling();
        }
        return builder;
    }
}
