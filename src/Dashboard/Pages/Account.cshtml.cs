using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Dashboard.Rendering;
using Monitor.Dashboard.Review;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Pages;

/// <summary>
/// One account: its posts as a timeline (plain text with personal data masked, and the platform's HTML only as
/// sanitised by <see cref="PostHtmlSanitizer"/>), its check results over time, and how fetching it went.
/// </summary>
public class AccountModel(MonitorDbContext db) : PageModel
{
    /// <summary><paramref name="RichHtml"/> is null when the post's HTML could not be shown with its personal data masked.</summary>
    public sealed record PostView(Post Post, string Text, int Findings, string? RichHtml);

    public GovAccount Account { get; private set; } = null!;
    public List<PostView> Posts { get; private set; } = [];
    public DateTime? LastPost { get; private set; }
    public List<CheckResult> Checks { get; private set; } = [];
    /// <summary>The id asked for when no account has it.</summary>
    public long? Missing { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().Include(a => a.FetchStatus).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null)
        {
            // A page that says so, not an empty 404: the link may come from an old export or a deleted account.
            Missing = id;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Account = account;
        var posts = await db.Posts.AsNoTracking().Where(p => p.AccountId == id)
            .OrderByDescending(p => p.PublishedAtUtc).Take(100).ToListAsync(ct);
        LastPost = await db.Posts.Where(p => p.AccountId == id && !p.IsPinned).MaxAsync(p => (DateTime?)p.PublishedAtUtc, ct);
        var postIds = posts.Select(p => p.Id).ToList();
        var findings = await db.Findings.AsNoTracking().Where(f => postIds.Contains(f.PostId))
            .Select(f => new { f.PostId, f.Kind, f.Field, f.Start, f.Length }).ToListAsync(ct);
        Posts = posts.Select(p =>
        {
            var pii = findings.Where(f => f.PostId == p.Id && f.Kind == FindingKind.PersonalDataLeak && f.Field == TextField.Text)
                .Select(f => (f.Start, f.Length)).ToList();
            var hidden = pii.Where(s => s.Start >= 0 && s.Start + s.Length <= p.Text.Length).Select(s => p.Text.Substring(s.Start, s.Length)).ToList();
            return new PostView(p, PiiMasking.Apply(p.Text, pii), findings.Count(f => f.PostId == p.Id), PostHtmlSanitizer.Sanitise(p.RawHtml, hidden));
        }).ToList();
        Checks = await db.CheckResults.AsNoTracking().Where(c => c.AccountId == id)
            .OrderByDescending(c => c.CutoffUtc).ThenBy(c => c.RuleId).Take(60).ToListAsync(ct);
        return Page();
    }

    public static string VerdictName(Verdict v) => v switch
    {
        Verdict.Pass => "达标",
        Verdict.Fail => "不达标",
        Verdict.Warning => "预警",
        _ => "无法判断",
    };
}
