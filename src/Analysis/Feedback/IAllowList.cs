namespace Monitor.Analysis.Feedback;

/// <summary>
/// Words reviewers have declared correct. The dashboard adds to it when a typo finding is dismissed; the typo
/// inspector is meant to consult <see cref="Snapshot"/> so an allowed word is never flagged again.
/// </summary>
public interface IAllowList
{
    /// <summary>The allowed words as of the last change (cheap; safe to call per post).</summary>
    IReadOnlySet<string> Snapshot();

    /// <summary>
    /// Re-reads the stored words (another process may have changed them) and hands additions and removals to the
    /// typo checker; the sweep calls it before each batch.
    /// </summary>
    Task<IReadOnlySet<string>> RefreshAsync(CancellationToken ct);

    /// <summary>Adds a word; returns false when it was already allowed or is shorter than two characters.</summary>
    Task<bool> AddAsync(string word, string addedBy, string? note, CancellationToken ct);

    /// <summary>Removes a word; returns false when it was not allowed.</summary>
    Task<bool> RemoveAsync(string word, CancellationToken ct);
}
