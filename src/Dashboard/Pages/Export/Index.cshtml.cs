using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monitor.Analysis.Compliance;
using Monitor.Export;
using Monitor.Shared;

namespace Monitor.Dashboard.Pages.Export;

/// <summary>导出: choose period, scope, content and format; preview the summary; download the file (GET, so links can be shared).</summary>
public class IndexModel(ExportService exports, ComplianceQuery query, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cutoff { get; set; }
    [BindProperty(SupportsGet = true)] public string? Scope { get; set; }
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "noncompliant";
    [BindProperty(SupportsGet = true)] public string Format { get; set; } = "xlsx";
    [BindProperty(SupportsGet = true)] public string? Deadline { get; set; }

    public string? Error { get; private set; }
    public ComplianceReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Period ??= DefaultPeriod();
        try
        {
            var request = Parse();
            Report = await query.RunAsync(request.Period, request.CutoffUtc, request.Scope, ct);
        }
        catch (Exception e) when (e is FormatException or ComplianceException)
        {
            Error = e.Message;
            if (Request.Query.Count > 0)
            {
                // What was asked for cannot be answered; the bare form (no query) stays a normal page.
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        Period ??= DefaultPeriod();
        try
        {
            var request = Parse();
            var stream = new MemoryStream();
            await exports.WriteAsync(request, stream, ct);
            stream.Position = 0;
            // The lists name accounts and owners: no copy in a shared browser cache or proxy.
            Response.Headers.CacheControl = "no-store";
            return File(stream, request.ContentType, request.FileName);
        }
        catch (Exception e) when (e is FormatException or ComplianceException)
        {
            Error = e.Message;
            Period ??= DefaultPeriod();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private ExportRequest Parse()
    {
        DateTime? cutoff = string.IsNullOrWhiteSpace(Cutoff) ? null : CutoffParser.Parse(Cutoff, time.GetUtcNow().UtcDateTime);
        DateOnly? deadline = string.IsNullOrWhiteSpace(Deadline) ? null
            : DateOnly.TryParse(Deadline, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d
            : throw new FormatException($"无法识别的整改截止日期：{Deadline}");
        return ExportRequest.Parse(Kind, Format, Period, cutoff, Scope, deadline);
    }

    /// <summary>The quarter that contains today in China: the report an admin at quarter end wants.</summary>
    private string DefaultPeriod()
    {
        var today = ChinaTime.ToChina(time.GetUtcNow().UtcDateTime);
        return $"{today.Year}Q{(today.Month - 1) / 3 + 1}";
    }
}
