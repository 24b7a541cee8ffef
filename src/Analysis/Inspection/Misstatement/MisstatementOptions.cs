namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>Bound to <c>Monitor:Misstatement</c>.</summary>
public sealed class MisstatementOptions
{
    /// <summary>Folder of the lexicon files; default <c>models/lexicon</c>. An admin may point it at an edited copy.</summary>
    public string? LexiconFolder { get; set; }

    /// <summary>How often the files' timestamps are checked for an edit to reload.</summary>
    public TimeSpan ReloadCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
