namespace Monitor.Ingest.Register;

/// <summary>One problem with one register row: an error skips the row, a warning imports it anyway.</summary>
public sealed record ImportProblem(int RowNumber, bool IsError, string Message)
{
    public override string ToString() => $"第 {RowNumber} 行{(IsError ? "（未导入）" : "（警告）")}：{Message}";
}
