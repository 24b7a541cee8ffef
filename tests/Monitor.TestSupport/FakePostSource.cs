using System.Collections.Concurrent;
using Monitor.Sources;
using Monitor.Shared.Domain;

namespace Monitor.TestSupport;

/// <summary>
/// A post source for tests: answers from a dictionary of posts (or failures) per account handle and counts every
/// fetch, so a test can see that each account was fetched exactly once.
/// </summary>
public sealed class FakePostSource(string key = "fake") : IPostSource
{
    private readonly ConcurrentDictionary<string, Func<FetchRequest, FetchResult>> _answers = new();
    private readonly ConcurrentDictionary<string, int> _fetches = new();

    public string Key { get; } = key;

    public Coverage Coverage { get; set; } = Coverage.Full;

    /// <summary>Called before every fetch; a test throws from it to interrupt a sweep.</summary>
    public Action<FetchRequest>? BeforeFetch { get; set; }

    /// <summary>Awaited before every fetch with the fetch's own token: a test can hold a fetch until the job is cancelled.</summary>
    public Func<FetchRequest, CancellationToken, Task>? BeforeFetchAsync { get; set; }

    public IReadOnlyDictionary<string, int> Fetches => _fetches;

    public int TotalFetches => _fetches.Values.Sum();

    public FakePostSource Returns(string handle, params SourcePost[] posts)
    {
        _answers[handle] = _ => new FetchResult(posts, Coverage, null);
        return this;
    }

    public FakePostSource Fails(string handle, FetchErrorKind kind, string message = "平台拒绝访问")
    {
        _answers[handle] = _ => throw new FetchException(kind, message);
        return this;
    }

    public bool CanFetch(GovAccount account) => account.Handle is not null;

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        BeforeFetch?.Invoke(request);
        if (BeforeFetchAsync is { } before)
        {
            await before(request, ct);
        }
        var handle = request.Account.Handle!;
        _fetches.AddOrUpdate(handle, 1, (_, n) => n + 1);
        return _answers.TryGetValue(handle, out var answer)
            ? answer(request)
            : new FetchResult([], Coverage, null);
    }

    public Task<SourceTestResult> TestAsync(CancellationToken ct) => Task.FromResult(new SourceTestResult(true, "测试源可用"));

    public static SourcePost Post(string id, DateTimeOffset publishedAt, string text = "今天召开了工作会议。",
        bool? original = true, bool pinned = false, bool deleted = false, string? title = null) => new()
    {
        PlatformPostId = id,
        PublishedAt = publishedAt,
        Text = text,
        Title = title,
        IsOriginal = original,
        IsPinned = pinned,
        IsDeleted = deleted,
    };
}
