namespace Monitor.Ingest.Register;

/// <summary>One data row of a register file, with the row number a person sees in the spreadsheet (header = 1).</summary>
public sealed record RegisterRow(int RowNumber, IReadOnlyDictionary<RegisterColumn, string> Cells)
{
    public string Get(RegisterColumn column) => Cells.TryGetValue(column, out var v) ? v.Trim() : "";

    public bool IsBlank => Cells.Values.All(string.IsNullOrWhiteSpace);
}
