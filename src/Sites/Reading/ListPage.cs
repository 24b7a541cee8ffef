namespace Monitor.Sites.Reading;

/// <summary>What a column list page holds: its items, the next page if any, and whether it says it is empty.</summary>
public sealed record ListPage(IReadOnlyList<ListItem> Items, Uri? NextPage, bool SaysEmpty, IReadOnlyList<string> HeaderTexts);
