namespace Monitor.Sites.Register;

/// <summary>One data row of a website register, with the row number a person sees in the spreadsheet.</summary>
public sealed record SiteRow(int RowNumber, IReadOnlyDictionary<SiteRegisterColumn, string> Cells)
{
    public string Get(SiteRegisterColumn column) => Cells.TryGetValue(column, out var v) ? v.Trim() : "";

    public bool IsBlank => Cells.Values.All(string.IsNullOrWhiteSpace);
}
