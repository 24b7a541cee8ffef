namespace Monitor.Analysis.Compliance;

/// <summary>A row of a summary table: 地区/部门 or 平台, 在运行数, 检查数, 不合格数, 合格率.</summary>
public sealed record SummaryRow(string Name, int Running, int Checked, int Failed, bool IsTotal = false)
{
    public string Rate => PassRate.Format(Checked, Failed);
}
