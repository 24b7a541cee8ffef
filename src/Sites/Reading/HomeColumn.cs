namespace Monitor.Sites.Reading;

/// <summary>A column found on the home page: its name, its list page, and the dated items the home page shows of it.</summary>
public sealed record HomeColumn(string Name, Uri Url, bool OnHomePage, IReadOnlyList<ListItem> HomeItems);
