using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Pages;

public class AuditModel(MonitorDbContext db) : PageModel
{
    public const int PageSize = 100;
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    public List<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (Before is { } before)
        {
            q = q.Where(a => a.Id < before);
        }
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            q = q.Where(a => a.Actor == Actor);
        }
        Entries = await q.OrderByDescending(a => a.Id).Take(PageSize).ToListAsync(ct);
    }
}
