using Microsoft.Extensions.Options;
using Monitor.Analysis.Compliance;
using Monitor.Shared;

namespace Monitor.Export;

/// <summary>Runs the compliance query for a request and writes the file; shared by the CLI and the 导出 page.</summary>
public sealed class ExportService(ComplianceQuery query, IOptions<NoticeSettings> notice)
{
    public async Task<ComplianceReport> WriteAsync(ExportRequest request, Stream output, CancellationToken ct)
    {
        var report = await query.RunAsync(request.Period, request.CutoffUtc, request.Scope, ct);
        Write(request, report, output);
        return report;
    }

    public void Write(ExportRequest request, ComplianceReport report, Stream output)
    {
        ExportRequest.CheckCombination(request.Kind, request.Format);
        if (request.Kind == ExportKind.Notice)
        {
            var settings = notice.Value;
            NoticeDocxWriter.Write(output, report, NoticeTemplate.Load(settings.TemplatePath), Values(report, request.Deadline, settings));
            return;
        }
        var tables = request.Kind == ExportKind.NonCompliant
            ? request.Format == ExportFormat.Csv ? [ExportTables.NonCompliant(report)] : ExportTables.ListTables(report)
            : ExportTables.SummaryTables(report);
        if (request.Format == ExportFormat.Xlsx)
        {
            XlsxTableWriter.Write(output, tables);
        }
        else
        {
            CsvTableWriter.Write(output, tables);
        }
    }

    public static Dictionary<string, string> Values(ComplianceReport report, DateOnly? deadline, NoticeSettings settings)
    {
        var cutoff = DateOnly.FromDateTime(ChinaTime.ToChina(report.CutoffUtc).DateTime);
        return new()
        {
            ["时段"] = report.Period.Title,
            ["范围"] = NoticeBody.ScopePhrase(report),
            ["整改截止日期"] = $"{deadline ?? cutoff.AddDays(settings.DeadlineDays):yyyy年M月d日}",
            ["发文单位"] = settings.Issuer,
            ["成文日期"] = $"{cutoff:yyyy年M月d日}",
            ["联系人"] = settings.Contact,
            ["监测时间点"] = ChinaTime.DateAndTime(report.CutoffUtc),
        };
    }
}
