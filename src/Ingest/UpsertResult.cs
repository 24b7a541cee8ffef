namespace Monitor.Ingest;

/// <summary>What one upsert did: new posts, posts whose title or text was edited, and posts seen before unchanged.</summary>
public sealed record UpsertResult(int Added, int Changed, int Unchanged)
{
    public static UpsertResult operator +(UpsertResult a, UpsertResult b) =>
        new(a.Added + b.Added, a.Changed + b.Changed, a.Unchanged + b.Unchanged);
}
