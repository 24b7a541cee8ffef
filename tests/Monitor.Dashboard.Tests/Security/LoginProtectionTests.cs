using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Dashboard.Security;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests.Security;

public class LoginProtectionTests
{
    private static async Task<string> FailAsync(HttpClient client, string user) =>
        ErrorOf(await (await MonitorWebFactory.PostFormAsync(client, "/Login", new() { ["UserName"] = user, ["Password"] = "wrong-password" })).Content.ReadAsStringAsync());

    private static string ErrorOf(string html) => Regex.Match(html, "<p class=\"error\">([^<]*)</p>").Groups[1].Value;

    [Fact]
    public async Task an_unknown_name_and_a_known_one_get_the_same_answer_every_time_including_the_wait()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < LoginThrottle.FreeAttempts + 1; i++)
        {
            Assert.Equal(await FailAsync(client, MonitorWebFactory.AdminName), await FailAsync(client, "nobody-here"));
        }
        Assert.Contains("请 1 分钟后再试", await FailAsync(client, "nobody-here"));
    }

    [Fact]
    public async Task an_unknown_name_costs_the_same_password_hash_as_a_known_name_with_a_wrong_password()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        var hasher = new CountingPasswordHasher();
        await using var factory = new MonitorWebFactory(db, demo: false);
        using var counted = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<IdentityUser>>(hasher)));
        var client = counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var before = hasher.Verifications;
        await FailAsync(client, "nobody-here");
        var unknown = hasher.Verifications - before;
        await FailAsync(client, MonitorWebFactory.AdminName);
        var known = hasher.Verifications - before - unknown;

        Assert.Equal((1, 1), (unknown, known));
    }

    [Fact]
    public async Task failed_guesses_never_lock_the_administrators_account_itself_and_are_audited()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < 8; i++)
        {
            await FailAsync(client, MonitorWebFactory.AdminName);
        }

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.False(await users.IsLockedOutAsync((await users.FindByNameAsync(MonitorWebFactory.AdminName))!));
        scope.ServiceProvider.GetRequiredService<LoginThrottle>().Unlock(MonitorWebFactory.AdminName);
        await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        Assert.Equal(4, context.AuditEntries.Count(a => a.Action == "login.failure"));
        Assert.Equal(1, context.AuditEntries.Count(a => a.Action == "login.lockout")); // the waits after it are not logged one by one
        Assert.Equal(1, context.AuditEntries.Count(a => a.Action == "login.success" && a.Actor == MonitorWebFactory.AdminName));
    }

    [Fact]
    public void the_wait_is_per_user_and_source_and_doubles_up_to_a_limit()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var throttle = new LoginThrottle(time);

        for (var i = 0; i < LoginThrottle.FreeAttempts; i++)
        {
            throttle.Fail("admin", "203.0.113.9");
        }

        Assert.Equal(LoginThrottle.FirstWait, throttle.Wait("ADMIN", "203.0.113.9"));
        Assert.Null(throttle.Wait("admin", "10.0.0.5"));
        throttle.Fail("admin", "203.0.113.9");
        Assert.Equal(LoginThrottle.FirstWait * 2, throttle.Wait("admin", "203.0.113.9"));
        for (var i = 0; i < 20; i++)
        {
            throttle.Fail("admin", "203.0.113.9");
        }
        Assert.Equal(LoginThrottle.LongestWait, throttle.Wait("admin", "203.0.113.9"));
        time.Advance(LoginThrottle.LongestWait);
        Assert.Null(throttle.Wait("admin", "203.0.113.9"));
    }
}
