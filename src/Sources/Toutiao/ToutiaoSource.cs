using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;

namespace Monitor.Sources.Toutiao;

/// <summary>
/// A 头条号's public feed, paged by <c>max_behot_time</c>. An empty first page is a failure: Toutiao answers a block and
/// an account without posts the same way, and nothing else tells them apart.
/// </summary>
public sealed class ToutiaoSource(HttpClient http, IOptions<ToutiaoOptions> options, SourceRuntime runtime, ILogger<ToutiaoSource> logger)
    : HttpPostSource<ToutiaoOptions>(http, options.Value, runtime, logger)
{
    public override string Key => "toutiao.web";
    protected override string DisplayName => "今日头条（网页）";
    protected override IEnumerable<string?> ConfiguredSecrets => [Options.Cookie];

    public override bool CanFetch(GovAccount account) =>
        account.Platform == Platform.Toutiao && account.SourceKind == SourceKind.Web && !string.IsNullOrWhiteSpace(account.Handle);

    protected override async Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken ct)
    {
        var token = request.Account.Handle!.Trim();
        var run = await ReadPagesAsync(request, (next, page, t) => ReadPageAsync(token, next ?? "0", page, t), ct);
        return Complete(request, run.Posts, run.Coverage(Coverage.Full));
    }

    protected override async Task<string> ProbeAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Options.ProbeToken))
        {
            return "未配置探测账号（ProbeToken），仅检查了配置";
        }
        await ReadPageAsync(Options.ProbeToken, "0", 0, ct);
        return "探测账号的发文列表读取正常";
    }

    private async Task<SourcePage> ReadPageAsync(string token, string maxBehotTime, int page, CancellationToken ct)
    {
        var feed = await GetJsonAsync<ToutiaoFeed>(() => Get(
            $"api/pc/list/user/feed?category={Options.Category}&token={Uri.EscapeDataString(token)}&max_behot_time={maxBehotTime}&aid=24&app_name=toutiao_web"), ct);
        if (!string.Equals(feed.Message, "success", StringComparison.OrdinalIgnoreCase))
        {
            throw FetchErrors.Platform(DisplayName, FetchErrorKind.Unknown, "message", feed.Message);
        }
        if (feed.Data is null)
        {
            throw new FetchException(FetchErrorKind.NotFound, $"{DisplayName}：无法获取用户信息（返回内容缺少 data）");
        }
        if (feed.Data.Count == 0 && page == 0)
        {
            throw FetchErrors.AntiCrawl(DisplayName, "首页列表为空，无法区分“暂未发表作品”与拦截");
        }
        var next = feed.HasMore && feed.Next?.MaxBehotTime is { } n && n != "0" ? n : null;
        return new SourcePage(feed.Data.Select(ToutiaoPostMapper.Map).ToList(), next);
    }

    private HttpRequestMessage Get(string relative)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, relative);
        request.Headers.TryAddWithoutValidation("Referer", "https://www.toutiao.com/");
        if (!string.IsNullOrEmpty(Options.Cookie))
        {
            request.Headers.TryAddWithoutValidation("Cookie", Options.Cookie);
        }
        return request;
    }
}
