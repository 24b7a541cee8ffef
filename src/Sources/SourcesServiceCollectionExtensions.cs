using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared;
using Monitor.Shared.Data;
using Monitor.Sources.Credentials;
using Monitor.Sources.Douyin;
using Monitor.Sources.Feed;
using Monitor.Sources.Files;
using Monitor.Sources.Http;
using Monitor.Sources.Toutiao;
using Monitor.Sources.WeChat;
using Monitor.Sources.Weibo;
using Refit;

namespace Monitor.Sources;

public static class SourcesServiceCollectionExtensions
{
    /// <summary>Registers the post sources (one per platform surface), their shared limits and the fetch-status recorder.</summary>
    public static IHostApplicationBuilder AddSources(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RateLimiterRegistry>();
        builder.Services.AddSingleton<TokenCache>();
        builder.Services.AddSingleton<SourceRuntime>();
        builder.Services.AddSingleton<FetchStatusRecorder>();
        builder.Services.AddSingleton<PostSourceResolver>();
        builder.Services.AddSingleton<IOfficialApiCredentials, ConfiguredCredentials>();
        AddCredentialStore(builder);

        // Order matters: the resolver takes the first source that can fetch an account.
        AddWeChat(builder);
        AddHttpSource<WeiboOfficialSource, WeiboOfficialOptions>(builder, WeiboOfficialOptions.Section);
        AddHttpSource<WeiboSource, WeiboOptions>(builder, WeiboOptions.Section);
        AddHttpSource<DouyinSource, DouyinOptions>(builder, DouyinOptions.Section);
        AddHttpSource<ToutiaoSource, ToutiaoOptions>(builder, ToutiaoOptions.Section);
        AddHttpSource<FeedSource, FeedOptions>(builder, FeedOptions.Section);
        builder.Services.AddOptions<VendorFileOptions>().BindConfiguration(VendorFileOptions.Section);
        builder.Services.AddTransient<VendorFileSource>();
        builder.Services.AddTransient<IPostSource>(sp => sp.GetRequiredService<VendorFileSource>());
        return builder;
    }

    /// <summary>
    /// Rotated credentials (Douyin refresh tokens) go to the database, encrypted with Data Protection whose key ring is
    /// kept in a folder (not beside the ciphertext). One application name, so the CLI, the worker and the dashboard
    /// read each other's tokens. Hosts without a database keep them in memory.
    /// </summary>
    private static void AddCredentialStore(IHostApplicationBuilder builder)
    {
        var keys = builder.Configuration.GetSection(CredentialProtectionOptions.Section).Get<CredentialProtectionOptions>()?.KeysDirectory;
        builder.Services.AddDataProtection()
            .SetApplicationName("Monitor")
            .PersistKeysToFileSystem(new DirectoryInfo(string.IsNullOrWhiteSpace(keys) ? Path.Combine(RepoPaths.DataDirectory(), "keys") : keys));
        builder.Services.AddSingleton<IRotatedCredentialStore>(sp =>
            sp.GetService<IDbContextFactory<MonitorDbContext>>() is { } factory
                ? new DatabaseCredentialStore(factory, sp.GetRequiredService<IDataProtectionProvider>(), sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<DatabaseCredentialStore>>())
                : new InMemoryCredentialStore());
    }

    private static void AddHttpSource<TSource, TOptions>(IHostApplicationBuilder builder, string section)
        where TSource : class, IPostSource
        where TOptions : ConnectorOptions
    {
        builder.Services.AddOptions<TOptions>().BindConfiguration(section);
        builder.Services.AddHttpClient<TSource>(ConfigureBase<TOptions>)
            // The default handlers log request URLs, and WeChat puts access_token in the query.
            .RemoveAllLoggers();
        builder.Services.AddTransient<IPostSource>(sp => sp.GetRequiredService<TSource>());
    }

    /// <summary>
    /// WeChat's official API is a Refit client whose HttpClient pipeline carries our handlers, outermost first: secret
    /// redaction, retries with back-off (errcode -1 included) under a per-attempt timeout, the rate limit (one permit per
    /// attempt) and the raw-body anti-crawl check. The source's plain HttpClient only reads article pages (HTML).
    /// </summary>
    private static void AddWeChat(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.Section);
        static WeChatOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<WeChatOptions>>().Value;
        builder.Services.AddRefitGeneratedClient<IWeChatApi>(_ => new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(SourceJson.Options) })
            .ConfigureHttpClient(ConfigureBase<WeChatOptions>)
            .AddHttpMessageHandler(_ => new SecretRedactionHandler())
            .AddHttpMessageHandler(sp => new TransientRetryHandler(Options(sp), WeChatSource.ApiBusyAnswer))
            .AddHttpMessageHandler(sp => new RateLimitHandler(sp.GetRequiredService<RateLimiterRegistry>(), "wechat.official", Options(sp).PermitsPerSecond))
            .AddHttpMessageHandler(_ => new AntiCrawlHandler(WeChatErrors.Source))
            .RemoveAllLoggers();
        builder.Services.AddHttpClient(nameof(WeChatSource), ConfigureBase<WeChatOptions>)
            .AddTypedClient((http, sp) => new WeChatSource(http, sp.GetRequiredService<IWeChatApi>(), sp.GetRequiredService<IOptions<WeChatOptions>>(),
                sp.GetRequiredService<SourceRuntime>(), sp.GetRequiredService<ILogger<WeChatSource>>()))
            .RemoveAllLoggers();
        builder.Services.AddTransient<IPostSource>(sp => sp.GetRequiredService<WeChatSource>());
    }

    private static void ConfigureBase<TOptions>(IServiceProvider sp, HttpClient http) where TOptions : ConnectorOptions
    {
        var options = sp.GetRequiredService<IOptions<TOptions>>().Value;
        if (Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl))
        {
            http.BaseAddress = new Uri(baseUrl.ToString().TrimEnd('/') + "/");
        }
        // The per-attempt timeout of the retry pipeline governs; the client's own would cut retries short.
        http.Timeout = Timeout.InfiniteTimeSpan;
    }
}
