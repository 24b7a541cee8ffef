namespace Monitor.Sites;

/// <summary>One row of the column-name table: a column whose name contains any keyword gets the class.</summary>
public sealed class ColumnClassRule
{
    public ColumnClass Class { get; set; }
    public List<string> Keywords { get; set; } = [];
}
