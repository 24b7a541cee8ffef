using System.Security.Cryptography;
using System.Text;

namespace Monitor.Sources.Credentials;

/// <summary>A fingerprint of a configured credential (never the credential itself) to tell whether it changed.</summary>
internal static class CredentialOrigin
{
    public static string Of(string configured) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(configured)))[..32].ToLowerInvariant();
}
