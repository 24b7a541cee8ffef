namespace Monitor.Analysis.Accounts;

/// <summary>The little of a post the account rules read.</summary>
public readonly record struct ActivityPost(DateTime PublishedUtc, bool? IsOriginal, bool IsPinned, bool IsDeleted)
{
    /// <summary>
    /// Pinned posts never count: several platforms show a pin at the top of the feed with its pin time, and an old
    /// pinned notice must not pass for an update. Deleted posts do not count either: an inspector looking at the
    /// account sees nothing, and posting then deleting must not satisfy the rule. Both stay stored as evidence.
    /// </summary>
    public bool CountsAsUpdate => !IsPinned && !IsDeleted;
}
