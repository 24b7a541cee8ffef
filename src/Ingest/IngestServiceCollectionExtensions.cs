using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Monitor.Ingest.Demo;
using Monitor.Ingest.Export;
using Monitor.Ingest.Jobs;
using Monitor.Ingest.Register;
using Monitor.Ingest.Sources.Douyin;
using Monitor.Ingest.Sources.Feed;
using Monitor.Ingest.Sources.Files;
using Monitor.Ingest.Sources.Toutiao;
using Monitor.Ingest.Sources.WeChat;
using Monitor.Ingest.Sources.Weibo;
using Monitor.Ingest.Sources;
using Monitor.Ingest.Sweep;
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
        builder.Services.AddOptions<NoticeSettings>().BindConfiguration(NoticeSettings.Section);
        builder.Services.AddSingleton<ExportService>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RateLimiterRegistry>();
        builder.Services.AddSingleton<TokenCache>();
        builder.Services.AddSingleton<SourceRuntime>();
        builder.Services.AddSingleton<FetchStatusRecorder>();
        builder.Services.AddSingleton<PostSourceResolver>();

        // Order matters: the resolver takes the first source that can fetch an account.
        AddHttpSource<WeChatSource, WeChatOptions>(builder, WeChatOptions.Section);
        AddHttpSource<WeiboOfficialSource, WeiboOfficialOptions>(builder, WeiboOfficialOptions.Section);
        AddHttpSource<WeiboSource, WeiboOptions>(builder, WeiboOptions.Section);
        AddHttpSource<DouyinSource, DouyinOptions>(builder, DouyinOptions.Section);
        AddHttpSource<ToutiaoSource, ToutiaoOptions>(builder, ToutiaoOptions.Section);
        AddHttpSource<FeedSource, FeedOptions>(builder, FeedOptions.Section);
        builder.Services.AddOptions<VendorFileOptions>().BindConfiguration(VendorFileOptions.Section);
        builder.Services.AddTransient<VendorFileSource>();
        builder.Services.AddTransient<IPostSource>(sp => sp.GetRequiredService<VendorFileSource>());

        builder.Services.AddOptions<SweepOptions>().BindConfiguration(SweepOptions.Section);
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

    private static void AddHttpSource<TSource, TOptions>(IHostApplicationBuilder builder, string section)
        where TSource : class, IPostSource
        where TOptions : ConnectorOptions
    {
        builder.Services.AddOptions<TOptions>().BindConfiguration(section);
        builder.Services.AddHttpClient<TSource>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<TOptions>>().Value;
                if (Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl))
                {
                    http.BaseAddress = new Uri(baseUrl.ToString().TrimEnd('/') + "/");
                }
                // Polly's per-attempt timeout governs; the client's own would cut retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The default handlers log request URLs, and WeChat puts access_token in the query.
            .RemoveAllLoggers();
        builder.Services.AddTransient<IPostSource>(sp => sp.GetRequiredService<TSource>());
    }
}
