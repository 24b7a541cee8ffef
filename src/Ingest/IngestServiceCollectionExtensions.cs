using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Monitor.Ingest.Demo;
using Monitor.Ingest.Register;
using Monitor.Shared.Regions;

namespace Monitor.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>Registers the register import, the post sources and the ingest services.</summary>
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => RegionCatalog.Load());
        builder.Services.AddScoped<AccountImporter>();
        builder.Services.AddScoped<PostUpserter>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions());
        builder.Services.AddScoped<DemoSeeder>();
        return builder;
    }
}
