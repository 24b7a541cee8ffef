using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Analysis.Inspection;
using Monitor.Analysis.Inspection.Pii;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Sites.Tests;

/// <summary>The real website registrations on a test database with a clock the test sets.</summary>
public static class SitesHost
{
    // 2027-01-10 02:00 in Beijing; the cut-off is that day's midnight, so two-week windows cross the new year.
    public static readonly DateTimeOffset Now = new(2027, 1, 10, 2, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTime Cutoff = new(2027, 1, 9, 16, 0, 0, DateTimeKind.Utc);

    public static IHost Build(TestDb db, FakeTimeProvider clock, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(db.Settings.ToDictionary(kv => kv.Key, kv => (string?)kv.Value));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Monitor:Sites:PageTimeoutSeconds"] = "5",
            ["Monitor:Sites:LinkTimeoutSeconds"] = "3",
            ["Monitor:Sites:ProbeTimeoutSeconds"] = "0.3",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Logging.ClearProviders();
        builder.AddMonitorData();
        builder.AddSites();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        // The personal-data inspector only: the typo model is not needed to see an article go through the inspectors.
        builder.Services.AddSingleton(_ => PiiTables.Load());
        builder.Services.AddSingleton<IPostInspector, PersonalDataInspector>();
        builder.Services.AddSingleton<InspectionRunner>();
        return builder.Build();
    }

    public static async Task<GovSite> GivenSiteAsync(IHost host, string name, Uri home, string? code = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MonitorDbContext>();
        var site = new GovSite { Name = name, HomeUrl = home.ToString(), SiteCode = code, RegionName = "某县", Owner = "某县人民政府办公室" };
        db.Sites.Add(site);
        await db.SaveChangesAsync();
        return site;
    }
}
