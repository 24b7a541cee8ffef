using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Shared;
using Monitor.Shared.Data;

namespace Monitor.Users;

public static class UsersServiceCollectionExtensions
{
    /// <summary>
    /// Registers Identity on the monitor's own database (tables from migration 0060, applied by the same migrator as
    /// every other table), the password rules and the seeder of the first administrator.
    /// </summary>
    public static IHostApplicationBuilder AddUsers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDbContext<UsersDbContext>((sp, o) =>
        {
            var options = sp.GetRequiredService<StorageOptions>();
            DataServiceCollectionExtensions.Configure(o, options,
                DataServiceCollectionExtensions.ResolveConnectionString(options, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        });
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                // Checked by UserNameValidator instead: Identity's list is ASCII only and would refuse 张三.
                o.User.AllowedUserNameCharacters = "";
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddUserValidator<UserNameValidator>();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddScoped<UserSeeder>();
        return builder;
    }
}
