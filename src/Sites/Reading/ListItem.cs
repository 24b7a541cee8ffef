namespace Monitor.Sites.Reading;

/// <summary>One entry of a column list: the title, its link and the date the list shows (null when none could be read).</summary>
public sealed record ListItem(string Title, Uri? Url, DateOnly? Date, string RowText);
