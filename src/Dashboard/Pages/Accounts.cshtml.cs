using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Register;
using Monitor.Shared;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Users;

namespace Monitor.Dashboard.Pages;

public class AccountsModel(MonitorDbContext db, TimeProvider time, AccountImporter importer, AuditLog audit) : PageModel
{
    public sealed record Row(GovAccount Account, DateTimeOffset? LastPost, int PostCount, bool IsStale);

    public List<Row> Rows { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public Platform? Platform { get; set; }
    [BindProperty(SupportsGet = true)] public AccountStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    [BindProperty(SupportsGet = true)] public bool StaleOnly { get; set; }
    /// <summary>region (default), name, last (longest without a post first) or posts (fewest first).</summary>
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public const int PageSize = 50;
    /// <summary>Every row that matches, before paging (the counts above the table).</summary>
    public List<Row> Matching { get; private set; } = [];
    public int Pages => Math.Max(1, (Matching.Count + PageSize - 1) / PageSize);

    /// <summary>This list's query with one parameter changed (sorting keeps the filters, paging keeps both).</summary>
    public string With(string key, string? value)
    {
        var query = Request.Query.Where(q => q.Key != key && (key == "p" || q.Key != "p"))
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query[key] = value;
        return "/Accounts" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
    public ImportReport? Report { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Accounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Region))
        {
            query = query.Where(a => (a.RegionName != null && a.RegionName.Contains(Region)) || (a.RegionCode != null && a.RegionCode.StartsWith(Region)));
        }
        if (Platform is { } platform)
        {
            query = query.Where(a => a.Platform == platform);
        }
        if (Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(Name))
        {
            query = query.Where(a => a.Name.Contains(Name) || a.Owner.Contains(Name));
        }
        var accounts = await query.OrderBy(a => a.RegionCode).ThenBy(a => a.Id).ToListAsync(ct);
        // Pinned posts are not the latest post: an old pinned post must not hide a stale account.
        var stats = await db.Posts.Where(p => !p.IsPinned)
            .GroupBy(p => p.AccountId)
            .Select(g => new { AccountId = g.Key, Last = g.Max(p => p.PublishedAtUtc), Count = g.Count() })
            .ToDictionaryAsync(s => s.AccountId, ct);
        var staleBefore = time.GetUtcNow().UtcDateTime.AddDays(-14);
        var rows = accounts.Select(a =>
        {
            var s = stats.GetValueOrDefault(a.Id);
            DateTimeOffset? last = s is null ? null : ChinaTime.ToChina(s.Last);
            return new Row(a, last, s?.Count ?? 0, a.Status == AccountStatus.Active && (s is null || s.Last < staleBefore));
        }).Where(r => !StaleOnly || r.IsStale);
        Matching = (Sort switch
        {
            "name" => rows.OrderBy(r => r.Account.Name, StringComparer.Ordinal),
            "last" => rows.OrderBy(r => r.LastPost ?? DateTimeOffset.MinValue),
            "posts" => rows.OrderBy(r => r.PostCount),
            _ => rows.OrderBy(r => r.Account.RegionCode, StringComparer.Ordinal),
        }).ThenBy(r => r.Account.Id).ToList();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = Matching.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    /// <summary>Import of the 报送系统 register export (.xlsx or .csv), administrators only; the summary is audited.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, CancellationToken ct)
    {
        if (!User.IsInRole(DashboardRoles.Admin))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var extension = Path.GetExtension(upload?.FileName ?? "").ToLowerInvariant();
        if (upload is not { Length: > 0 } || extension is not (".xlsx" or ".csv"))
        {
            Error = "请上传 .xlsx 或 .csv 格式的台账文件。";
        }
        else
        {
            // The reader works on files; the upload lives only as long as this request.
            var path = Path.Combine(Path.GetTempPath(), "monitor-import-" + Guid.NewGuid().ToString("N") + extension);
            try
            {
                await using (var file = System.IO.File.Create(path))
                {
                    await upload.CopyToAsync(file, ct);
                }
                Report = await importer.ImportFileAsync(path, ct);
                audit.Add(User.Identity!.Name!, "account.import", upload.FileName, null, Report.Summary);
                await db.SaveChangesAsync(ct);
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
            {
                Error = "无法读取台账文件：" + e.Message;
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }
        await OnGetAsync(ct);
        return Page();
    }
}
