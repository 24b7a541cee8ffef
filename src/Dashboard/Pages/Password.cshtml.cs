using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;

namespace Monitor.Dashboard.Pages;

/// <summary>修改密码: every user changes his own (the seeded administrator's first task), audited.</summary>
public class PasswordModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, AuditLog audit, MonitorDbContext db) : PageModel
{
    public string? Error { get; private set; }
    [TempData] public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? confirm, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(password) || password != confirm)
        {
            Error = "两次输入的新密码不一致。";
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Redirect("/Login");
        }
        var result = await users.ChangePasswordAsync(user, current ?? "", password);
        if (!result.Succeeded)
        {
            Error = string.Join("；", result.Errors.Select(e => e.Description));
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        audit.Add(user.UserName!, "user.change-password", user.UserName!, null, null);
        await db.SaveChangesAsync(ct);
        Message = "密码已修改。";
        return Redirect("/Password");
    }
}
