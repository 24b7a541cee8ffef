using Monitor.Ingest.Sources;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>The first registered source that says it can fetch the account. Stands in for the connectors' resolver.</summary>
public sealed class PostSourcePicker(IEnumerable<IPostSource> sources)
{
    private readonly IReadOnlyList<IPostSource> _sources = sources.ToList();

    public IPostSource? For(GovAccount account) => _sources.FirstOrDefault(s => s.CanFetch(account));
}
