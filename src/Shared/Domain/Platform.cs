namespace Monitor.Shared.Domain;

/// <summary>The platform an account publishes on. Stored by name, so new values may be appended anywhere.</summary>
public enum Platform
{
    WeChat,
    Weibo,
    Douyin,
    Toutiao,
    Other,
}
