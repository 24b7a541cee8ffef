using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monitor.Dashboard.Security;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;
using Monitor.Users;

namespace Monitor.Dashboard.Pages;

/// <summary>
/// 用户: administrators add reviewers (or other administrators), reset a password, lift a log-in wait, disable,
/// enable or delete a user; each change is audited. Nobody disables or deletes himself, and the last administrator stays.
/// </summary>
public class UsersModel(UserManager<IdentityUser> users, AuditLog audit, MonitorDbContext db, LoginThrottle throttle) : PageModel
{
    public sealed record Row(string Name, IList<string> Roles, bool Disabled, bool Waiting);

    public List<Row> Users { get; private set; } = [];
    /// <summary>The notice after a redirect: chosen by the server and kept in TempData, never read from the URL.</summary>
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var u in users.Users.OrderBy(u => u.UserName).ToList())
        {
            Users.Add(new Row(u.UserName!, await users.GetRolesAsync(u), u.LockoutEnd > now, throttle.IsWaiting(u.UserName!)));
        }
    }

    public async Task<IActionResult> OnPostAsync(string userName, string password, string role, CancellationToken ct)
    {
        if (role is not (DashboardRoles.Admin or DashboardRoles.Reviewer) || string.IsNullOrWhiteSpace(userName))
        {
            return Done("用户名或角色无效。");
        }
        try
        {
            await UserSeeder.CreateAsync(users, userName.Trim(), password ?? "", role);
        }
        catch (InvalidOperationException e)
        {
            return Done(e.Message);
        }
        return await AuditedAsync("user.add", userName.Trim(), null, role, $"已添加{role} {userName.Trim()}。", ct);
    }

    /// <summary>重置密码: the administrator types one, or leaves it empty for a random one shown once.</summary>
    public async Task<IActionResult> OnPostResetAsync(string user, string? password, CancellationToken ct)
    {
        if (await users.FindByNameAsync(user ?? "") is not { } u)
        {
            return Done("没有该用户。");
        }
        var generated = string.IsNullOrWhiteSpace(password);
        var chosen = generated ? UserSeeder.NewPassword(8) : password!.Trim();
        // Validated first, then replaced in one update (no reset-token providers are registered, and remove-then-add
        // would leave the user without a password if the new one were refused).
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, u, chosen)).Errors);
        }
        if (errors.Count > 0)
        {
            return Done("重置密码失败：" + string.Join("；", errors.Select(e => e.Description)));
        }
        u.PasswordHash = users.PasswordHasher.HashPassword(u, chosen);
        await users.UpdateSecurityStampAsync(u); // saves the hash; sessions opened with the old password end
        throttle.Unlock(u.UserName!);
        return await AuditedAsync("user.reset-password", u.UserName!, null, generated ? "随机密码" : "管理员设置的密码",
            generated ? $"已重置 {u.UserName} 的密码，新密码 {chosen}（仅显示这一次）。" : $"已重置 {u.UserName} 的密码。", ct);
    }

    /// <summary>解锁: the waits after failed log-ins end, from every source.</summary>
    public async Task<IActionResult> OnPostUnlockAsync(string user, CancellationToken ct)
    {
        if (await users.FindByNameAsync(user ?? "") is not { } u)
        {
            return Done("没有该用户。");
        }
        throttle.Unlock(u.UserName!);
        await users.ResetAccessFailedCountAsync(u);
        return await AuditedAsync("user.unlock", u.UserName!, null, null, $"已解锁 {u.UserName}。", ct);
    }

    /// <summary>停用: Identity's lock-out until the end of time; the user can no longer log in, the history stays.</summary>
    public async Task<IActionResult> OnPostDisableAsync(string user, CancellationToken ct)
    {
        if (await Changeable(user) is not { } u)
        {
            return Done(Refusal(user));
        }
        await users.SetLockoutEnabledAsync(u, true);
        await users.SetLockoutEndDateAsync(u, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(u); // ends the sessions already open
        return await AuditedAsync("user.disable", u.UserName!, "启用", "停用", $"已停用 {u.UserName}。", ct);
    }

    public async Task<IActionResult> OnPostEnableAsync(string user, CancellationToken ct)
    {
        if (await users.FindByNameAsync(user ?? "") is not { } u)
        {
            return Done("没有该用户。");
        }
        await users.SetLockoutEndDateAsync(u, null);
        return await AuditedAsync("user.enable", u.UserName!, "停用", "启用", $"已启用 {u.UserName}。", ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string user, CancellationToken ct)
    {
        if (await Changeable(user) is not { } u)
        {
            return Done(Refusal(user));
        }
        var roles = string.Join("、", await users.GetRolesAsync(u));
        var result = await users.DeleteAsync(u);
        if (!result.Succeeded)
        {
            return Done("删除失败：" + string.Join("；", result.Errors.Select(e => e.Description)));
        }
        return await AuditedAsync("user.delete", u.UserName!, roles, null, $"已删除 {u.UserName}。", ct);
    }

    /// <summary>A user this administrator may disable or delete: not himself, not the last active administrator.</summary>
    private async Task<IdentityUser?> Changeable(string? user)
    {
        if (await users.FindByNameAsync(user ?? "") is not { } u || u.UserName == User.Identity!.Name)
        {
            return null;
        }
        if (await users.IsInRoleAsync(u, DashboardRoles.Admin))
        {
            var now = DateTimeOffset.UtcNow;
            var activeAdmins = (await users.GetUsersInRoleAsync(DashboardRoles.Admin)).Count(a => !(a.LockoutEnd > now));
            return activeAdmins > 1 ? u : null;
        }
        return u;
    }

    private string Refusal(string? user) =>
        user == User.Identity!.Name ? "不能停用或删除自己的账号。" : "没有该用户，或该用户是最后一位管理员（至少保留一位可登录的管理员）。";

    private async Task<IActionResult> AuditedAsync(string action, string target, string? before, string? after, string message, CancellationToken ct)
    {
        audit.Add(User.Identity!.Name!, action, target, before, after);
        await db.SaveChangesAsync(ct);
        return Done(message);
    }

    private RedirectResult Done(string message)
    {
        Message = message;
        return Redirect("/Users");
    }
}
