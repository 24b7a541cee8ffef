using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

public class DemoStartTests
{
    [DbFact]
    public async Task first_start_on_an_empty_database_shows_the_demo_accounts(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();

        var html = await client.GetStringAsync("/Accounts");

        Assert.Contains("昭通发布", html);
        Assert.Contains("530621M008WX0001", html);
        await using var context = db.CreateContext();
        Assert.InRange(await context.Accounts.CountAsync(), 55, 70);
        Assert.Equal(4, await context.Accounts.Select(a => a.Platform).Distinct().CountAsync());
        Assert.True(await context.Posts.CountAsync() > 1000);
    }

    [DbFact]
    public async Task the_demo_has_the_cases_a_newcomer_must_see(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using (var factory = new MonitorWebFactory(db))
        {
            _ = factory.CreateClient();
        }
        await using var context = db.CreateContext();
        var now = DateTime.UtcNow;
        var lastPost = await context.Posts.Where(p => !p.IsPinned).GroupBy(p => p.AccountId)
            .Select(g => new { g.Key, Last = g.Max(p => p.PublishedAtUtc) }).ToDictionaryAsync(x => x.Key, x => x.Last);
        var active = await context.Accounts.Where(a => a.Status == AccountStatus.Active).Select(a => a.Id).ToListAsync();

        Assert.Contains(active, id => lastPost.TryGetValue(id, out var last) && last > now.AddDays(-3));
        Assert.Contains(active, id => lastPost.TryGetValue(id, out var last) && last < now.AddDays(-14));
        Assert.Contains(active, id => lastPost.TryGetValue(id, out var last) && last < now.AddDays(-90));
        Assert.True(await context.Posts.AnyAsync(p => p.IsPinned));
        var repostOnly = await context.Posts.GroupBy(p => p.AccountId).Where(g => g.All(p => p.IsRepost)).CountAsync();
        Assert.True(repostOnly >= 1);
        Assert.True(await context.Posts.AnyAsync(p => p.Text.Contains("身份证号")));
        Assert.True(await context.Posts.AnyAsync(p => p.Text.Contains("国务院总理李克强")));
        Assert.True(await context.Accounts.AnyAsync(a => a.Status == AccountStatus.Closed));
    }

    [DbFact]
    public async Task a_second_start_does_not_load_the_demo_again(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using (var first = new MonitorWebFactory(db))
        {
            _ = first.CreateClient();
        }
        await using (var second = new MonitorWebFactory(db))
        {
            _ = second.CreateClient();
        }
        await using var context = db.CreateContext();
        Assert.Equal(63, await context.Accounts.CountAsync());
    }
}
