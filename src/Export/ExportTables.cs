using System.Globalization;
using Monitor.Analysis.Compliance;

namespace Monitor.Export;

/// <summary>Turns a report into the tables of the notice's attachments, in the seeds' column order.</summary>
public static class ExportTables
{
    public static string SampleNote(ComplianceReport r) =>
        $"注：监测时间点为 {Monitor.Shared.ChinaTime.DateAndTime(r.CutoffUtc)}；统计时段为{r.Period.Title}（{r.Period.Start:yyyy年M月d日}至{r.Period.End:yyyy年M月d日}）";

    public static ExportTable NonCompliant(ComplianceReport r) => new(
        $"{r.Period.Title}{ScopeTitle(r)}不合格政务新媒体名单",
        ["序号", "地区/部门", "主办单位", "政务新媒体名称", "标识码", "类型", "存在问题", "检查时最后更新日期", "问题依据"],
        r.NonCompliant.Select(ListCells).ToList(), SampleNote(r), Widths: [6, 14, 24, 24, 20, 12, 28, 18, 60])
    { SheetName = "不合格名单" };

    public static ExportTable Pending(ComplianceReport r) => new(
        $"{r.Period.Title}{ScopeTitle(r)}待核实政务新媒体名单",
        ["序号", "地区/部门", "主办单位", "政务新媒体名称", "标识码", "类型", "待核实原因", "检查时最后更新日期", "问题依据"],
        r.Pending.Select(ListCells).ToList(), "注：抓取失败或数据源覆盖不完整的账号不判定为不合格，需人工核实", Widths: [6, 14, 24, 24, 20, 12, 40, 18, 20])
    { SheetName = "待核实" };

    public static ExportTable Regions(ComplianceReport r) => Summary(
        $"{r.Period.Title}{ScopeTitle(r)}政府系统政务新媒体检查情况", r.Scope.Prefix is { Length: 4 } ? "县、市、区/市直部门" : "州、市/省直部门", r.Regions, SampleNote(r)) with
    { SheetName = "各地区检查情况" };

    public static ExportTable Platforms(ComplianceReport r) => Summary(
        $"{r.Period.Title}{ScopeTitle(r)}各平台政务新媒体检查情况", "平台", r.Platforms, SampleNote(r)) with
    { SheetName = "各平台检查情况" };

    public static ExportTable RepeatOffenders(ComplianceReport r) => Tracking(
        $"{r.Period.Title}连续两期不合格政务新媒体名单", "上期存在问题", "本期情况", r.RepeatOffenders) with
    { SheetName = "连续不合格" };

    public static ExportTable Rectifications(ComplianceReport r) => Tracking(
        $"{r.Period.Title}整改情况", "原存在问题", "整改情况", r.Rectifications) with
    { SheetName = "整改情况" };

    /// <summary>The summary workbook or CSV: regions, platforms, repeat offenders, rectification.</summary>
    public static IReadOnlyList<ExportTable> SummaryTables(ComplianceReport r) =>
        [Regions(r), Platforms(r), RepeatOffenders(r), Rectifications(r)];

    public static IReadOnlyList<ExportTable> ListTables(ComplianceReport r) =>
        r.Pending.Count > 0 ? [NonCompliant(r), Pending(r)] : [NonCompliant(r)];

    private static string ScopeTitle(ComplianceReport r) => r.Scope.Prefix is null ? "" : r.ScopeName;

    private static IReadOnlyList<string> ListCells(NonCompliantRow x) =>
        [Int(x.Number), x.Region, x.Owner, x.Name, x.AccountCode, x.Platform, x.Problems, x.LastUpdate, x.Evidence];

    private static ExportTable Summary(string title, string firstHeader, IReadOnlyList<SummaryRow> rows, string note) => new(
        title, [firstHeader, "在运行数", "检查数", "不合格数", "合格率"],
        rows.Select(x => (IReadOnlyList<string>)[x.Name, Int(x.Running), Int(x.Checked), Int(x.Failed), x.Rate]).ToList(),
        note, rows.Select((x, i) => (x, i)).Where(t => t.x.IsTotal).Select(t => t.i).ToHashSet(), [22, 12, 12, 12, 12]);

    private static ExportTable Tracking(string title, string before, string now, IReadOnlyList<TrackingRow> rows) => new(
        title, ["序号", "地区/部门", "政务新媒体名称", "标识码", "类型", before, now],
        rows.Select(x => (IReadOnlyList<string>)[Int(x.Number), x.Region, x.Name, x.AccountCode, x.Platform, x.PreviousProblems, x.CurrentStatus]).ToList(),
        Widths: [6, 14, 24, 20, 12, 24, 32]);

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);
}
