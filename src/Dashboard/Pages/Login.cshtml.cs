using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monitor.Dashboard.Security;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;

namespace Monitor.Dashboard.Pages;

/// <summary>
/// 登录. Every failure gets the same words after the same work (an unknown name still costs a password hash), so
/// neither the answer nor its timing tells which names exist; repeated failures make this name wait from this source
/// only (<see cref="LoginThrottle"/>). Log-ins, failures and waits are audited.
/// </summary>
public class LoginModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, LoginThrottle throttle,
    AuditLog audit, MonitorDbContext db) : PageModel
{
    public const string Refused = "用户名或密码错误。";

    /// <summary>A hash to verify against when the name is unknown, so that path costs what a wrong password costs.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser("decoy"), Guid.NewGuid().ToString()));

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = (UserName ?? "").Trim();
        var source = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        if (throttle.Wait(name, source) is { } wait)
        {
            Error = WaitMessage(wait);
            return Page();
        }
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        var succeeded = false;
        if (user is null || await users.IsLockedOutAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(user ?? new IdentityUser(name), DecoyHash.Value, Password ?? "");
        }
        else
        {
            // No Identity lock-out on failure: that lock is global, so anyone could trigger it for the administrator.
            succeeded = (await signIn.PasswordSignInAsync(user, Password ?? "", isPersistent: false, lockoutOnFailure: false)).Succeeded;
        }
        if (succeeded)
        {
            throttle.Succeed(name, source);
            await AuditAsync(user!.UserName!, "login.success", ct);
            // Only local paths: a crafted ReturnUrl must not send a reviewer elsewhere.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        var waits = throttle.Fail(name, source);
        await AuditAsync(name, waits ? "login.lockout" : "login.failure", ct);
        Error = waits && throttle.Wait(name, source) is { } next ? WaitMessage(next) : Refused;
        return Page();
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Login");
    }

    private static string WaitMessage(TimeSpan wait) =>
        $"{Refused}登录失败次数过多，请 {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} 分钟后再试。";

    private async Task AuditAsync(string actor, string action, CancellationToken ct)
    {
        audit.Add(actor.Length == 0 ? "（空）" : actor[..Math.Min(actor.Length, 100)], action, "来源 " + (HttpContext.Connection.RemoteIpAddress?.ToString() ?? "未知"), null, null);
        await db.SaveChangesAsync(ct);
    }
}
