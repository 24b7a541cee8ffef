using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;
using Monitor.Users;

namespace Monitor.Dashboard.Pages;

/// <summary>用户: administrators add reviewers (or other administrators); each addition is audited.</summary>
public class UsersModel(UserManager<IdentityUser> users, AuditLog audit, MonitorDbContext db) : PageModel
{
    public List<(string Name, IList<string> Roles)> Users { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        foreach (var u in users.Users.OrderBy(u => u.UserName).ToList())
        {
            Users.Add((u.UserName!, await users.GetRolesAsync(u)));
        }
        Message = done;
    }

    public async Task<IActionResult> OnPostAsync(string userName, string password, string role, CancellationToken ct)
    {
        if (role is not (DashboardRoles.Admin or DashboardRoles.Reviewer) || string.IsNullOrWhiteSpace(userName))
        {
            return BadRequest("用户名或角色无效。");
        }
        try
        {
            await UserSeeder.CreateAsync(users, userName.Trim(), password ?? "", role);
        }
        catch (InvalidOperationException e)
        {
            return Redirect("/Users?done=" + Uri.EscapeDataString(e.Message));
        }
        audit.Add(User.Identity!.Name!, "user.add", userName.Trim(), null, role);
        await db.SaveChangesAsync(ct);
        return Redirect("/Users?done=" + Uri.EscapeDataString($"已添加{role} {userName.Trim()}。"));
    }
}
