using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Monitor.Sources.Douyin;
using Monitor.Sources.Feed;
using Monitor.Sources.Files;
using Monitor.Sources.Redis;
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
        // Shared through Redis when Monitor:Redis:Configuration is set (every node together), else this process's own.
        builder.Services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section);
        builder.Services.AddSingleton<RedisConnection>();
        builder.Services.AddSingleton<RedisRateLimiter>();
        builder.Services.AddSingleton<RedisAccessTokenStore>();
        builder.Services.AddSingleton<IRateLimiter>(sp => sp.GetRequiredService<IOptions<RedisOptions>>().Value.Enabled
            ? sp.GetRequiredService<RedisRateLimiter>()
            : sp.GetRequiredService<RateLimiterRegistry>());
        builder.Services.AddSingleton<IAccessTokenStore>(sp => sp.GetRequiredService<IOptions<RedisOptions>>().Value.Enabled
            ? sp.GetRequiredService<RedisAccessTokenStore>()
            : sp.GetRequiredService<TokenCache>());
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
