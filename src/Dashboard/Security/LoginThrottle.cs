using System.Collections.Concurrent;

namespace Monitor.Dashboard.Security;

/// <summary>
/// Failed log-ins per user name <em>and</em> source address, with a back-off that doubles: an outsider who guesses
/// the administrator's password slows only himself, never locks the administrator out from his own desk. Keyed by the
/// name as typed, so unknown names are throttled exactly like real ones and the answer reveals nothing. In memory, per
/// dashboard process: a restart forgets, which costs an attacker a restart he cannot cause.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    /// <summary>Failures allowed before the first wait.</summary>
    public const int FreeAttempts = 5;
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Forget = TimeSpan.FromDays(1);
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<(string User, string Source), Failures> _failures = new();

    private sealed record Failures(int Count, DateTimeOffset Last);

    /// <summary>How long this user name must wait from this source; null when it may try now.</summary>
    public TimeSpan? Wait(string userName, string source)
    {
        if (!_failures.TryGetValue(Key(userName, source), out var f) || f.Count < FreeAttempts)
        {
            return null;
        }
        var wait = WaitAfter(f.Count) - (time.GetUtcNow() - f.Last);
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>Records a failure; returns true when it starts (or lengthens) a wait.</summary>
    public bool Fail(string userName, string source)
    {
        var now = time.GetUtcNow();
        if (_failures.Count > MaxEntries)
        {
            foreach (var stale in _failures.Where(kv => now - kv.Value.Last > Forget).Select(kv => kv.Key).ToList())
            {
                _failures.TryRemove(stale, out _);
            }
        }
        var f = _failures.AddOrUpdate(Key(userName, source), _ => new Failures(1, now),
            (_, old) => new Failures(now - old.Last > Forget ? 1 : old.Count + 1, now));
        return f.Count >= FreeAttempts;
    }

    public void Succeed(string userName, string source) => _failures.TryRemove(Key(userName, source), out _);

    /// <summary>An administrator's 解锁: the user may try again from everywhere.</summary>
    public int Unlock(string userName)
    {
        var name = Normalise(userName);
        var keys = _failures.Keys.Where(k => k.User == name).ToList();
        foreach (var k in keys)
        {
            _failures.TryRemove(k, out _);
        }
        return keys.Count;
    }

    /// <summary>Whether this user name is waiting from any source (shown on 用户 as 已锁定).</summary>
    public bool IsWaiting(string userName)
    {
        var name = Normalise(userName);
        return _failures.Any(kv => kv.Key.User == name && Wait(kv.Key.User, kv.Key.Source) is not null);
    }

    private static TimeSpan WaitAfter(int failures)
    {
        var doublings = Math.Min(failures - FreeAttempts, 10);
        var wait = FirstWait * Math.Pow(2, doublings);
        return wait < LongestWait ? wait : LongestWait;
    }

    private static (string, string) Key(string userName, string source) => (Normalise(userName), source);

    private static string Normalise(string userName) => userName.Trim().ToUpperInvariant();
}
