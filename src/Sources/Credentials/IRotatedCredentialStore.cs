namespace Monitor.Sources.Credentials;

/// <summary>
/// Keeps credentials a platform rotates (a Douyin refresh token replaced at every refresh) across processes and nodes.
/// <c>configured</c> is the credential from configuration the stored one descends from: when configuration holds a
/// different one (the account re-authorised), the stored rotation is stale and is not returned.
/// </summary>
public interface IRotatedCredentialStore
{
    /// <summary>The latest rotation of <paramref name="configured"/> under <paramref name="key"/>, or null.</summary>
    Task<string?> GetAsync(string key, string configured, CancellationToken ct);

    Task SaveAsync(string key, string configured, string rotated, CancellationToken ct);
}
