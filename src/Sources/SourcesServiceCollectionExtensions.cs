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
using Monitor.Sources.Toutiao;
using Monitor.Sources.WeChat;
using Monitor.Sources.Weibo;

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
        AddHttpSource<WeChatSource, WeChatOptions>(builder, WeChatOptions.Section);
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
