namespace Monitor.Export;

/// <summary>One table of an export: a title line, headers, rows, a note; total rows are printed bold.</summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows,
    string? Note = null, IReadOnlySet<int>? BoldRows = null, IReadOnlyList<double>? Widths = null)
{
    /// <summary>A short name for a worksheet (Excel allows 31 characters).</summary>
    public string SheetName { get; init; } = Title.Length > 31 ? Title[..31] : Title;
}
