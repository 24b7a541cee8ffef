namespace Monitor.Ingest.Register;

/// <summary>The columns of a 全国政务新媒体信息报送系统 register export that Monitor reads.</summary>
public enum RegisterColumn
{
    Number,
    Region,
    Owner,
    Name,
    Platform,
    Code,
    Handle,
    Status,
    /// <summary>接入方式: how the account is read (官方接口 / 网页 / 订阅源 / 文件); optional.</summary>
    SourceKind,
}
