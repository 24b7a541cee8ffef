namespace Monitor.Export;

/// <summary>What is exported: 不合格名单, 汇总表, or the draft 通报.</summary>
public enum ExportKind
{
    NonCompliant,
    Summary,
    Notice,
}
