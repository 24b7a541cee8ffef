namespace Monitor.Analysis.Inspection;

/// <summary>
/// What an inspector may know besides the text: the post's publish date in Asia/Shanghai (titles are judged
/// at the date of the post, not today) and the account's name (never "corrected" as a typo).
/// </summary>
public sealed record InspectionContext(DateOnly PublishedOn, string? AccountName = null);
