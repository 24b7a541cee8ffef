using Monitor.Shared.Domain;

namespace Monitor.Sources;

/// <summary>Picks the source for an account: the first registered source that says it can fetch it.</summary>
public sealed class PostSourceResolver(IEnumerable<IPostSource> sources)
{
    private readonly IReadOnlyList<IPostSource> _sources = sources.ToList();

    public IReadOnlyList<IPostSource> Sources => _sources;

    public IPostSource? Find(GovAccount account) => _sources.FirstOrDefault(s => s.CanFetch(account));

    /// <summary>As <see cref="Find"/>, but an account no source serves is a Configuration failure (recorded, not skipped silently).</summary>
    public IPostSource Resolve(GovAccount account) => Find(account)
        ?? throw new FetchException(FetchErrorKind.Configuration,
            $"没有可用的数据源：{PlatformNames.Chinese(account.Platform)}，来源方式 {account.SourceKind}，账号标识 {(string.IsNullOrEmpty(account.Handle) ? "（空）" : account.Handle)}");

    public IPostSource? ByKey(string key) => _sources.FirstOrDefault(s => s.Key == key);
}
