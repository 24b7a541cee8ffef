using System.Collections.Concurrent;

namespace Monitor.Sources;

/// <summary>
/// Caches access tokens per (source, app or account) key across source instances. Concurrent callers share one refresh,
/// because on WeChat every new token invalidates the previous one.
/// </summary>
public sealed class TokenCache(TimeProvider time) : IAccessTokenStore
{
    private readonly ConcurrentDictionary<string, Lazy<Task<AccessToken>>> _tokens = new();

    public async Task<string> GetAsync(string key, Func<CancellationToken, Task<AccessToken>> acquire, CancellationToken ct)
    {
        while (true)
        {
            var entry = _tokens.GetOrAdd(key, _ => new Lazy<Task<AccessToken>>(() => acquire(ct)));
            AccessToken token;
            try
            {
                token = await entry.Value;
            }
            catch
            {
                _tokens.TryRemove(new KeyValuePair<string, Lazy<Task<AccessToken>>>(key, entry));
                throw;
            }
            if (token.UseUntil > time.GetUtcNow())
            {
                return token.Value;
            }
            _tokens.TryRemove(new KeyValuePair<string, Lazy<Task<AccessToken>>>(key, entry));
        }
    }

    /// <summary>Drops the token if it is still the one the caller saw rejected.</summary>
    public Task InvalidateAsync(string key, string rejected, CancellationToken ct)
    {
        Invalidate(key, rejected);
        return Task.CompletedTask;
    }

    /// <summary>Drops the token if it is still the one the caller saw rejected.</summary>
    public void Invalidate(string key, string rejected)
    {
        if (_tokens.TryGetValue(key, out var entry) && entry.IsValueCreated && entry.Value.IsCompletedSuccessfully
            && entry.Value.Result.Value == rejected)
        {
            _tokens.TryRemove(new KeyValuePair<string, Lazy<Task<AccessToken>>>(key, entry));
        }
    }
}
