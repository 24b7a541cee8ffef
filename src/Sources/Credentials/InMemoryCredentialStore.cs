using System.Collections.Concurrent;

namespace Monitor.Sources.Credentials;

/// <summary>For hosts without a database (connector tests, tools): rotations live as long as the process.</summary>
public sealed class InMemoryCredentialStore : IRotatedCredentialStore
{
    private readonly ConcurrentDictionary<string, (string Origin, string Value)> _values = new();

    public Task<string?> GetAsync(string key, string configured, CancellationToken ct) =>
        Task.FromResult(_values.TryGetValue(key, out var v) && v.Origin == CredentialOrigin.Of(configured) ? v.Value : null);

    public Task SaveAsync(string key, string configured, string rotated, CancellationToken ct)
    {
        _values[key] = (CredentialOrigin.Of(configured), rotated);
        return Task.CompletedTask;
    }
}
