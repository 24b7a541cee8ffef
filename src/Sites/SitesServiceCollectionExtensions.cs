using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Monitor.Ingest.Jobs;
using Monitor.Shared.Regions;
using Monitor.Sites.Fetching;
using Monitor.Sites.Jobs;
using Monitor.Sites.Probes;
using Monitor.Sites.Reading;
using Monitor.Sites.Register;
using Monitor.Sites.Sweep;

namespace Monitor.Sites;

public static class SitesServiceCollectionExtensions
{
    /// <summary>Registers the website register, the probes, the website sweep and (when jobs are enabled) their jobs. Needs <c>AddMonitorData()</c>.</summary>
    public static IHostApplicationBuilder AddSites(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(SweepSitesService)))
        {
            return builder;
        }
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(_ => RegionCatalog.Load());
        builder.Services.AddOptions<SitesOptions>().BindConfiguration(SitesOptions.Section);
        builder.Services.AddHttpClient(PageFetcher.ClientName, (sp, http) =>
            {
                // Timeouts are per request (probe 15 s, page, link), so the client's own is off.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<IOptions<SitesOptions>>().Value.UserAgent);
                http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 10,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        builder.Services.AddSingleton<HostLimiter>();
        builder.Services.AddSingleton<PageFetcher>();
        builder.Services.AddSingleton<ColumnClassifier>();
        builder.Services.AddSingleton<OverrideStore>();
        builder.Services.AddSingleton<SiteProber>();
        builder.Services.AddSingleton<ProbeSitesService>();
        builder.Services.AddSingleton<ColumnSweeper>();
        builder.Services.AddSingleton<LinkChecker>();
        // Needs the InspectionRunner of AddAnalysis(), as the account sweep does.
        builder.Services.AddSingleton<ArticleInspector>();
        builder.Services.AddSingleton<SiteSweeper>();
        builder.Services.AddSingleton<SweepSitesService>();
        builder.Services.AddScoped<SiteImporter>();
        if (builder.Configuration.GetValue<bool>($"{JobsOptions.Section}:Enabled"))
        {
            builder.AddSiteJobs();
        }
        return builder;
    }
}
