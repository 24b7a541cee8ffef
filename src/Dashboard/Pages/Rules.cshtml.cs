using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monitor.Analysis.Accounts;
using Monitor.Analysis.Feedback;
using Monitor.Dashboard.Auth;
using Monitor.Dashboard.Review;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Pages;

/// <summary>规则与词库: everyone reads; administrators edit the lexicon and the allow-list, each change audited.</summary>
public class RulesModel(IOptions<RulesOptions> rules, LexiconEditor lexicon, IAllowList allowList, MonitorDbContext db,
    AuditLog audit) : PageModel
{
    public RulesOptions Rules => rules.Value;
    public Dictionary<string, string> Lexicon { get; } = new();
    public List<AllowedWord> Allowed { get; private set; } = [];
    public string? Message { get; private set; }
    public bool IsAdmin => User.IsInRole(DashboardRoles.Admin);

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        foreach (var f in LexiconEditor.Files)
        {
            Lexicon[f] = lexicon.Read(f);
        }
        Allowed = await db.AllowedWords.AsNoTracking().OrderBy(w => w.Word).ToListAsync(ct);
        Message = done;
    }

    public async Task<IActionResult> OnPostLexiconAsync(string file, string content, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var before = lexicon.Read(file);
        var error = lexicon.Save(file, content);
        if (error is null)
        {
            var (removed, added) = LineDiff(before, content.Replace("\r\n", "\n"));
            audit.Add(User.Identity!.Name!, "lexicon.update", file, removed, added);
            await db.SaveChangesAsync(ct);
        }
        return Done(error ?? $"{file} 已保存并重新加载。");
    }

    public async Task<IActionResult> OnPostAllowAsync(string word, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var added = await allowList.AddAsync(word ?? "", User.Identity!.Name!, "规则与词库页面", ct);
        if (added)
        {
            audit.Add(User.Identity!.Name!, "allowlist.add", word!.Trim(), null, "加入白名单");
            await db.SaveChangesAsync(ct);
        }
        return Done(added ? $"已将“{word!.Trim()}”加入白名单。" : "该词为空或已在白名单中。");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string word, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await allowList.RemoveAsync(word, ct))
        {
            audit.Add(User.Identity!.Name!, "allowlist.remove", word, "在白名单中", null);
            await db.SaveChangesAsync(ct);
        }
        return Done($"已将“{word}”移出白名单。");
    }

    private RedirectResult Done(string message) => Redirect("/Rules?done=" + Uri.EscapeDataString(message));

    /// <summary>The audit keeps what changed, not two copies of the whole file.</summary>
    public static (string Removed, string Added) LineDiff(string before, string after)
    {
        var old = before.Split('\n').ToHashSet();
        var now = after.Split('\n').ToHashSet();
        return (string.Join("\n", old.Except(now)), string.Join("\n", now.Except(old)));
    }
}
