using Monitor.Analysis.Compliance;

namespace Monitor.Export;

/// <summary>What to export, parsed and checked from what a user typed (CLI options or the 导出 page's form).</summary>
public sealed record ExportRequest(ExportKind Kind, ExportFormat Format, ReportPeriod Period, DateTime? CutoffUtc,
    ComplianceScope Scope, DateOnly? Deadline)
{
    public static ExportKind ParseKind(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "noncompliant" or "名单" => ExportKind.NonCompliant,
        "summary" or "汇总" => ExportKind.Summary,
        "notice" or "通报" => ExportKind.Notice,
        var t => throw new FormatException($"无法识别的导出内容：{t}（可选 noncompliant 不合格名单、summary 汇总表、notice 通报）"),
    };

    public static ExportFormat ParseFormat(string? text) => (text ?? "").Trim().TrimStart('.').ToLowerInvariant() switch
    {
        "xlsx" => ExportFormat.Xlsx,
        "csv" => ExportFormat.Csv,
        "docx" => ExportFormat.Docx,
        var t => throw new FormatException($"无法识别的文件格式：{t}（可选 xlsx、csv、docx）"),
    };

    /// <summary>Lists and tables go to spreadsheets; the notice only to Word.</summary>
    public static void CheckCombination(ExportKind kind, ExportFormat format)
    {
        if (kind == ExportKind.Notice && format != ExportFormat.Docx)
        {
            throw new FormatException($"通报草稿只能导出为 docx，不能导出为 {format.ToString().ToLowerInvariant()}；不合格名单和汇总表请用 noncompliant 或 summary");
        }
        if (kind != ExportKind.Notice && format == ExportFormat.Docx)
        {
            throw new FormatException("不合格名单和汇总表只能导出为 xlsx 或 csv；docx 格式请导出 notice（通报草稿，附件中含名单和汇总表）");
        }
    }

    public static ExportRequest Parse(string? kind, string? format, string? period, DateTime? cutoffUtc, string? scope, DateOnly? deadline)
    {
        var k = ParseKind(kind);
        var f = ParseFormat(format);
        CheckCombination(k, f);
        return new ExportRequest(k, f, ReportPeriod.Parse(period), cutoffUtc, ComplianceScope.Parse(scope), deadline);
    }

    public string FileName => $"{Kind switch { ExportKind.NonCompliant => "不合格政务新媒体名单", ExportKind.Summary => "检查情况汇总", _ => "通报草稿" }}-{Period.Code.Replace("..", "至")}{(Scope.Prefix is null ? "" : "-" + Scope.Prefix)}.{Format.ToString().ToLowerInvariant()}";

    public string ContentType => Format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "text/csv; charset=utf-8",
    };
}
