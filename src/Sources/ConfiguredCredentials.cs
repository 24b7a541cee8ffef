using Microsoft.Extensions.Options;
using Monitor.Shared.Domain;
using Monitor.Sources.Douyin;
using Monitor.Sources.WeChat;
using Monitor.Sources.Weibo;

namespace Monitor.Sources;

/// <summary>Answers <see cref="IOfficialApiCredentials"/> from the connectors' options (keys only; secrets are never read out).</summary>
public sealed class ConfiguredCredentials(IOptions<WeChatOptions> weChat, IOptions<DouyinOptions> douyin,
    IOptions<WeiboOfficialOptions> weibo) : IOfficialApiCredentials
{
    public bool Has(Platform platform, string handle) => platform switch
    {
        Platform.WeChat => HasKey(weChat.Value.AppSecrets, handle),
        Platform.Douyin => HasKey(douyin.Value.RefreshTokens, handle),
        Platform.Weibo => HasKey(weibo.Value.AccessTokens, handle),
        _ => false,
    };

    // Environment variables and appsettings keys are matched case-insensitively by configuration binding as well.
    private static bool HasKey(Dictionary<string, string> secrets, string handle) =>
        secrets.Any(kv => string.Equals(kv.Key, handle, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(kv.Value));
}
