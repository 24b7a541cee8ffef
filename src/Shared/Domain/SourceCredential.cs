namespace Monitor.Shared.Domain;

/// <summary>
/// A credential a platform handed back and that must outlive the process: a rotated Douyin refresh token. The value is
/// encrypted with ASP.NET Core Data Protection; <see cref="Origin"/> fingerprints the configured credential it replaced,
/// so a new one written into configuration (the account re-authorised) wins over the stored rotation.
/// </summary>
public class SourceCredential
{
    /// <summary><c>{source key}:{account handle}</c>, e.g. <c>douyin.official:_000abc</c>.</summary>
    public required string Key { get; set; }
    public required string ProtectedValue { get; set; }
    /// <summary>SHA-256 (hex, first 32 characters) of the configured credential this one descends from.</summary>
    public required string Origin { get; set; }
    public DateTime UpdatedAt { get; set; }
}
