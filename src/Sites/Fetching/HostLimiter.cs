using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Monitor.Sites.Fetching;

/// <summary>At most <see cref="SitesOptions.PerHostConcurrency"/> requests to one host at a time, across probes, pages and links.</summary>
public sealed class HostLimiter(IOptions<SitesOptions> options)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(Uri uri, CancellationToken ct)
    {
        var gate = _hosts.GetOrAdd(uri.Host, _ => new SemaphoreSlim(Math.Max(1, options.Value.PerHostConcurrency)));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
