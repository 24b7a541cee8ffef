using Microsoft.Extensions.Options;
using Monitor.Analysis.Compliance;
using Monitor.Shared;

namespace Monitor.Export;

/// <summary>Runs the compliance query for a request and writes the file; shared by the CLI and the 导出 page.</summary>
public sealed class ExportService(ComplianceQuery query, IOptions<NoticeSettings> notice, Monitor.Shared.Regions.RegionCatalog catalog)
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
            NoticeDocxWriter.Write(output, report, NoticeTemplate.Load(settings.TemplatePath), Values(report, request.Deadline, settings, catalog));
            return;
        }
        var tables = request.Kind == ExportKind.NonCompliant
            ? ExportTables.ListTables(report) // the CSV too: a 待核实 account left out of one format would be lost to whoever uses it
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

    public static Dictionary<string, string> Values(ComplianceReport report, DateOnly? deadline, NoticeSettings settings, Monitor.Shared.Regions.RegionCatalog catalog)
    {
        var cutoff = DateOnly.FromDateTime(ChinaTime.ToChina(report.CutoffUtc).DateTime);
        var addressing = NoticeAddressing.For(report.Scope, settings.Issuer, catalog);
        return new()
        {
            ["时段"] = report.Period.Title,
            ["范围"] = NoticeBody.ScopePhrase(report),
            ["整改截止日期"] = $"{deadline ?? cutoff.AddDays(settings.DeadlineDays):yyyy年M月d日}",
            ["发文单位"] = addressing.Issuer,
            ["主送"] = addressing.Recipients,
            ["有关单位"] = addressing.Responsible,
            ["成文日期"] = $"{cutoff:yyyy年M月d日}",
            ["联系人"] = settings.Contact,
            ["监测时间点"] = ChinaTime.DateAndTime(report.CutoffUtc),
        };
    }
}
