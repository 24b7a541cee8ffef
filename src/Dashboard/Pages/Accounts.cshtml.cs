using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Shared;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Pages;

public class AccountsModel(MonitorDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(GovAccount Account, DateTimeOffset? LastPost, int PostCount, bool IsStale);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.RegionCode).ThenBy(a => a.Id).ToListAsync(ct);
        // Pinned posts are not the latest post: an old pinned post must not hide a stale account.
        var stats = await db.Posts.Where(p => !p.IsPinned)
            .GroupBy(p => p.AccountId)
            .Select(g => new { AccountId = g.Key, Last = g.Max(p => p.PublishedAtUtc), Count = g.Count() })
            .ToDictionaryAsync(s => s.AccountId, ct);
        var staleBefore = time.GetUtcNow().UtcDateTime.AddDays(-14);
        Rows = accounts.Select(a =>
        {
            var s = stats.GetValueOrDefault(a.Id);
            DateTimeOffset? last = s is null ? null : ChinaTime.ToChina(s.Last);
            return new Row(a, last, s?.Count ?? 0, a.Status == AccountStatus.Active && (s is null || s.Last < staleBefore));
        }).ToList();
    }
}
