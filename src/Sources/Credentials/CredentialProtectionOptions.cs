namespace Monitor.Sources.Credentials;

/// <summary>Bound to <c>Monitor:DataProtection</c>: where the Data Protection key ring lives.</summary>
public sealed class CredentialProtectionOptions
{
    public const string Section = "Monitor:DataProtection";

    /// <summary>
    /// Key ring folder; empty means <c>data/keys</c> of the checkout. Several nodes must share it (a mounted folder): a
    /// token one node stored is otherwise unreadable to the others, which then fall back to the configured one.
    /// </summary>
    public string? KeysDirectory { get; set; }
}
