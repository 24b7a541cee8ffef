using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Analysis.Accounts;
using Monitor.Analysis.Feedback;
using Monitor.Dashboard.Review;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Users;

namespace Monitor.Dashboard.Pages;

/// <summary>规则与词库: everyone reads; administrators edit the thresholds, the lexicon and the allow-list, each change audited.</summary>
public class RulesModel(RuleSettings rules, RuleThresholdEditor thresholds, LexiconEditor lexicon, IAllowList allowList,
    MonitorDbContext db, AuditLog audit) : PageModel
{
    public RulesOptions Rules { get; private set; } = new();
    public Dictionary<string, string> Lexicon { get; } = new();
    public List<AllowedWord> Allowed { get; private set; } = [];
    /// <summary>The notice after a redirect: chosen by the server and kept in TempData, never read from the URL.</summary>
    [TempData] public string? Message { get; set; }
    public bool IsAdmin => User.IsInRole(DashboardRoles.Admin);

    /// <summary>The defaults (null) and every region with overrides, configured or set here, with their labels.</summary>
    public IEnumerable<(string? Scope, string Label)> Scopes =>
        Rules.Regions.Keys.Order(StringComparer.Ordinal).Select(r => ((string?)r, r)).Prepend((null, RuleThresholdEditor.DefaultsLabel));

    /// <summary>The value a form shows: the effective default, or what a region overrides (empty when it inherits).</summary>
    public int? ValueAt(string? scope, RuleThresholdField field) =>
        scope is null ? field.Effective(Rules.For(null)) : field.Get(Rules.Regions[scope]);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await rules.RefreshAsync(db, ct);
        foreach (var f in LexiconEditor.Files)
        {
            Lexicon[f] = lexicon.Read(f);
        }
        Allowed = await db.AllowedWords.AsNoTracking().OrderBy(w => w.Word).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostThresholdsAsync(string? scope, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var values = RuleThresholdField.All.ToDictionary(f => f.Name, f => (string?)Request.Form[f.Name].ToString());
        var (_, message) = await thresholds.SaveAsync(scope, values, User.Identity!.Name!, ct);
        return Done(message);
    }

    public async Task<IActionResult> OnPostLexiconAsync(string? file, string? content, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (file is null || !LexiconEditor.Files.Contains(file) || content is null)
        {
            return await RefusedAsync($"请选择要保存的词库文件（{string.Join("、", LexiconEditor.Files)}）并提交其内容。", ct);
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
        if ((word ?? "").Trim().Length < DbAllowList.MinWordLength)
        {
            return Done($"白名单只收至少{DbAllowList.MinWordLength}个字的词语：单个字会让所有含它的错别字都不再提示。");
        }
        var added = await allowList.AddAsync(word!, User.Identity!.Name!, "规则与词库页面", ct);
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

    public string? Error { get; private set; }

    /// <summary>The page again with what was wrong, as 400: a malformed post is the sender's error, not a blank page.</summary>
    private async Task<IActionResult> RefusedAsync(string message, CancellationToken ct)
    {
        await OnGetAsync(ct);
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private RedirectResult Done(string message)
    {
        Message = message;
        return Redirect("/Rules");
    }

    /// <summary>The audit keeps what changed, not two copies of the whole file.</summary>
    public static (string Removed, string Added) LineDiff(string before, string after)
    {
        var old = before.Split('\n').ToHashSet();
        var now = after.Split('\n').ToHashSet();
        return (string.Join("\n", old.Except(now)), string.Join("\n", now.Except(old)));
    }
}
