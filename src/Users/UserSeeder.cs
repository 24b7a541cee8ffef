using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Monitor.Users;

/// <summary>
/// Creates the two roles and, while no user exists, the initial administrator: from <c>Monitor:Admin</c>, or
/// (for a first look on a developer machine) <c>admin</c> with a random password written once to the log.
/// </summary>
public sealed class UserSeeder(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles,
    IOptions<AdminOptions> options, ILogger<UserSeeder> logger)
{
    public async Task SeedAsync()
    {
        await EnsureRolesAsync();
        if (users.Users.Any())
        {
            return;
        }
        var configured = options.Value;
        var name = string.IsNullOrWhiteSpace(configured.UserName) ? "admin" : configured.UserName;
        var password = configured.Password;
        if (string.IsNullOrEmpty(password))
        {
            password = NewPassword(6);
            logger.LogWarning("已创建初始管理员 {User}，密码 {Password}（仅显示这一次，请登录后修改或通过 Monitor:Admin 配置）", name, password);
        }
        await CreateAsync(users, name, password, DashboardRoles.Admin);
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in new[] { DashboardRoles.Admin, DashboardRoles.Reviewer })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>A random password, shown to the user once ("Mon-" brings Identity's capital and symbol; the hex, its digits).</summary>
    public static string NewPassword(int randomBytes) =>
        "Mon-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(randomBytes)).ToLowerInvariant();

    public static async Task CreateAsync(UserManager<IdentityUser> users, string name, string password, string role)
    {
        var user = new IdentityUser(name);
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("创建用户失败：" + string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}
