using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Shared.Audit;
using Monitor.Shared.Data;
using Monitor.Users;

namespace Monitor.Cli;

/// <summary>
/// <c>monitor users add NAME --role 管理员|复核员</c>: creates a log-in without the web UI (a second administrator, or
/// the first on a server where nobody saw the seeded password). The password is read as one line from standard input,
/// or generated and printed once.
/// </summary>
public static class UsersCommand
{
    /// <summary>The verb as the CLI registers it: its own host, standard input only when it is redirected.</summary>
    public static Command Create() =>
        Build(null, () => Console.IsInputRedirected ? Console.In : TextReader.Null, Console.Out);

    /// <summary>Runs <paramref name="args"/> (starting with <c>users</c>) against an existing service provider (tests).</summary>
    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output) =>
        new RootCommand { Build(services, () => input, output) }.Parse(args).InvokeAsync();

    private static Command Build(IServiceProvider? services, Func<TextReader> input, TextWriter output)
    {
        var name = new Argument<string>("NAME") { Description = "登录名" };
        var role = new Option<string>("--role") { Description = $"角色：{DashboardRoles.Admin} 或 {DashboardRoles.Reviewer}", DefaultValueFactory = _ => DashboardRoles.Reviewer };
        var add = new Command("add", "添加登录用户；密码从标准输入读取一行，未提供时随机生成并只显示这一次") { name, role };
        add.SetAction(async (parse, ct) =>
        {
            var (user, chosen) = (parse.GetValue(name)!.Trim(), parse.GetValue(role)!);
            if (chosen is not (DashboardRoles.Admin or DashboardRoles.Reviewer))
            {
                await Console.Error.WriteLineAsync($"角色只能是“{DashboardRoles.Admin}”或“{DashboardRoles.Reviewer}”。");
                return 2;
            }
            var password = (await input().ReadLineAsync(ct))?.Trim();
            var generated = string.IsNullOrEmpty(password);
            password = generated ? UserSeeder.NewPassword(8) : password!;
            using var host = services is null ? MonitorHost.Build(b => b.AddUsers()) : null;
            await using var scope = (services ?? host!.Services).CreateAsyncScope();
            var sp = scope.ServiceProvider;
            await DatabaseStartup.EnsureReadyAsync(sp, ct);
            await sp.GetRequiredService<UserSeeder>().EnsureRolesAsync();
            try
            {
                await UserSeeder.CreateAsync(sp.GetRequiredService<UserManager<IdentityUser>>(), user, password, chosen);
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
            sp.GetRequiredService<AuditLog>().Add("命令行", "user.add", user, null, chosen);
            await sp.GetRequiredService<MonitorDbContext>().SaveChangesAsync(ct);
            await output.WriteLineAsync(generated ? $"已添加{chosen} {user}，密码 {password}（仅显示这一次）" : $"已添加{chosen} {user}。");
            return 0;
        });
        return new Command("users", "管理登录用户") { add };
    }
}
