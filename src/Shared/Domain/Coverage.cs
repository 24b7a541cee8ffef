namespace Monitor.Shared.Domain;

/// <summary>How much of an account's output a source can see.</summary>
public enum Coverage
{
    /// <summary>Nothing fetched yet.</summary>
    Unknown,
    /// <summary>The source sees every post.</summary>
    Full,
    /// <summary>The source misses some posts (WeChat freepublish misses 群发); a veto from it goes to review.</summary>
    Partial,
}
