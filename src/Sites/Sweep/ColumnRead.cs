using Monitor.Sites.Reading;
using Monitor.Sites.Status;

namespace Monitor.Sites.Sweep;

/// <summary>A column as read during a sweep: the report line plus what the verdicts need (home-page dates, messages).</summary>
public sealed record ColumnRead(ColumnReport Report, ColumnClass Class, DateOnly? Latest, DateOnly? HomeLatest, IReadOnlyList<Message> Messages, IReadOnlyList<ListItem> NewItems);
