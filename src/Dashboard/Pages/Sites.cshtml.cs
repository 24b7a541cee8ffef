using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Register;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Sites.Register;
using Monitor.Sites.Status;
using Monitor.Users;

namespace Monitor.Dashboard.Pages;

/// <summary>网站: the website register with each site's verdicts at its latest sweep; administrators import the register here.</summary>
public class SitesModel(MonitorDbContext db, SiteImporter importer, AuditLog audit) : PageModel
{
    public sealed record Row(GovSite Site, SiteReport? Report);

    public List<Row> Rows { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public bool FailedOnly { get; set; }
    public ImportReport? Report { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Sites.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Region))
        {
            query = query.Where(s => (s.RegionName != null && s.RegionName.Contains(Region)) || (s.RegionCode != null && s.RegionCode.StartsWith(Region)) || s.Name.Contains(Region));
        }
        var sites = await query.OrderBy(s => s.RegionCode).ThenBy(s => s.Id).ToListAsync(ct);
        var reports = (await SiteStatusQuery.LoadAsync(db, ct) ?? []).ToDictionary(r => r.Id);
        Rows = sites.Select(s => new Row(s, reports.GetValueOrDefault(s.Id)))
            .Where(r => !FailedOnly || r.Report?.Verdicts.ContainsValue("fail") == true)
            .ToList();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, CancellationToken ct)
    {
        if (!User.IsInRole(DashboardRoles.Admin))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var extension = Path.GetExtension(upload?.FileName ?? "").ToLowerInvariant();
        if (upload is not { Length: > 0 } || extension is not (".xlsx" or ".csv"))
        {
            Error = "请上传 .xlsx 或 .csv 格式的网站台账。";
        }
        else
        {
            // The reader works on files; the upload lives only as long as this request.
            var path = Path.Combine(Path.GetTempPath(), "monitor-sites-" + Guid.NewGuid().ToString("N") + extension);
            try
            {
                await using (var file = System.IO.File.Create(path))
                {
                    await upload.CopyToAsync(file, ct);
                }
                Report = await importer.ImportFileAsync(path, ct);
                audit.Add(User.Identity!.Name!, "site.import", upload.FileName, null, Report.Summary);
                await db.SaveChangesAsync(ct);
            }
            catch (Exception e) when (e is RegisterFormatException or InvalidDataException or FormatException or IOException)
            {
                Error = "无法读取网站台账：" + e.Message;
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }
        await OnGetAsync(ct);
        return Page();
    }

    public static string VerdictName(string? verdict) => verdict switch
    {
        "pass" => "合格",
        "fail" => "不合格",
        "warning" => "预警",
        "unknown" => "待定",
        _ => "—",
    };
}
