using Monitor.Shared.Domain;

namespace Monitor.Sources;

/// <summary>
/// Whether configuration holds official-API credentials for an account's handle (a WeChat AppSecret, a Douyin refresh
/// token, a Weibo access token). The register import asks it to infer 接入方式 when the register leaves it blank.
/// </summary>
public interface IOfficialApiCredentials
{
    bool Has(Platform platform, string handle);
}
