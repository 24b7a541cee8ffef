using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Dashboard.Rendering;
using Monitor.Dashboard.Review;
using Monitor.Ingest.Register;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Sources;
using Monitor.Users;

namespace Monitor.Dashboard.Pages;

/// <summary>
/// One account: its posts as a timeline (plain text with personal data masked, and the platform's HTML only as
/// sanitised by <see cref="PostHtmlSanitizer"/>), its check results over time, and how fetching it went.
/// Administrators change how it is read (接入方式 and 账号ID/链接) here, audited.
/// </summary>
public class AccountModel(MonitorDbContext db, AuditLog audit, IOfficialApiCredentials credentials) : PageModel
{
    /// <summary><paramref name="RichHtml"/> is null when the post's HTML could not be shown with its personal data masked.</summary>
    public sealed record PostView(Post Post, string Text, int Findings, string? RichHtml);

    public GovAccount Account { get; private set; } = null!;
    public List<PostView> Posts { get; private set; } = [];
    public DateTime? LastPost { get; private set; }
    public List<CheckResult> Checks { get; private set; } = [];
    /// <summary>The id asked for when no account has it.</summary>
    public long? Missing { get; private set; }
    public string? Message { get; private set; }
    public bool IsAdmin => User.IsInRole(DashboardRoles.Admin);

    /// <summary>What the 账号ID/链接 field shows: the feed for feed and file accounts, the platform id otherwise.</summary>
    public static string SourceCell(GovAccount a) =>
        (a.SourceKind is SourceKind.Feed or SourceKind.File ? a.FeedUrl ?? a.Handle : a.Handle ?? a.FeedUrl) ?? "";

    /// <summary>Sets 接入方式 and 账号ID/链接 as a register row would; the account is fetched again at the next sweep.</summary>
    public async Task<IActionResult> OnPostSourceAsync(long id, string? kind, string? cell, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var account = await db.Accounts.Include(a => a.FetchStatus).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null)
        {
            return NotFound();
        }
        var declared = SourceKindNames.Parse(kind);
        if (kind is { Length: > 0 } && declared is null)
        {
            return Done(id, $"接入方式“{kind}”无法识别。");
        }
        var before = $"{SourceKindNames.Chinese(account.SourceKind)} {SourceCell(account)}";
        var parsed = AccountHandle.Parse(cell, account.Platform, declared, credentials.Has);
        account.SourceKind = parsed.SourceKind;
        account.Handle = parsed.Handle;
        account.FeedUrl = parsed.FeedUrl;
        account.UpdatedAt = DateTime.UtcNow;
        account.NextFetchAt = account.UpdatedAt;
        if (account.FetchStatus is { } status)
        {
            // Another source's cursor and back-off mean nothing to the new one.
            status.Cursor = null;
            status.BackoffUntil = null;
        }
        var after = $"{SourceKindNames.Chinese(account.SourceKind)} {SourceCell(account)}";
        audit.Add(User.Identity!.Name!, "account.source", $"{account.Id} {account.Name}", before, after);
        await db.SaveChangesAsync(ct);
        return Done(id, $"接入方式已保存：{after}");
    }

    private RedirectResult Done(long id, string message) => Redirect($"/Account/{id}?done=" + Uri.EscapeDataString(message));

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken ct)
    {
        Message = done;
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
