using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;

namespace Monitor.Users;

/// <summary>
/// The log-in tables (users, roles) in the monitor's own database. A separate context because Shared must not
/// reference ASP.NET; its tables come from this assembly's SQL migrations (0060+), run by the same migrator.
/// </summary>
public class UsersDbContext(DbContextOptions<UsersDbContext> options)
    : IdentityDbContext<IdentityUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<IdentityUser>().ToTable("auth_users");
        builder.Entity<IdentityRole>().ToTable("auth_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("auth_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("auth_user_claims");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("auth_role_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("auth_user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("auth_user_tokens");
        SnakeCaseNames.Apply(builder);
    }
}
