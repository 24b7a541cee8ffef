using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Shared.Tests.Data;

public class StorageRoundTripTests
{
    [DbFact]
    public async Task a_post_keeps_its_instant_and_its_publisher_offset(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var published = new DateTimeOffset(2026, 11, 3, 23, 30, 0, TimeSpan.FromHours(8));
        long accountId;
        await using (var context = db.CreateContext())
        {
            var account = Some.Account();
            context.Accounts.Add(account);
            await context.SaveChangesAsync();
            accountId = account.Id;
            context.Posts.Add(Some.Post(account.Id, published, id: "9007199254740993123"));
            await context.SaveChangesAsync();
        }

        await using (var context = db.CreateContext())
        {
            var post = await context.Posts.SingleAsync();
            Assert.Equal(DateTimeKind.Utc, post.PublishedAtUtc.Kind);
            Assert.Equal(published, post.PublishedAt);
            Assert.Equal(TimeSpan.FromHours(8), post.PublishedAt.Offset);
            Assert.Equal("9007199254740993123", post.PlatformPostId);
            // Instants compare and order in queries on both providers (EF cannot do this with DateTimeOffset on SQLite).
            var cutoff = new DateTime(2026, 11, 3, 15, 0, 0, DateTimeKind.Utc);
            Assert.Equal(1, await context.Posts.CountAsync(p => p.AccountId == accountId && p.PublishedAtUtc > cutoff));
            Assert.Equal(0, await context.Posts.CountAsync(p => p.PublishedAtUtc > cutoff.AddHours(1)));
        }
    }

    [DbFact]
    public async Task the_same_platform_post_cannot_be_stored_twice_for_one_account(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var context = db.CreateContext();
        var account = Some.Account();
        context.Accounts.Add(account);
        await context.SaveChangesAsync();
        context.Posts.Add(Some.Post(account.Id, DateTimeOffset.UtcNow, id: "same"));
        context.Posts.Add(Some.Post(account.Id, DateTimeOffset.UtcNow, id: "same"));

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [DbFact]
    public async Task enums_are_stored_by_name(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var context = db.CreateContext();
        context.Accounts.Add(Some.Account(Platform.Douyin));
        await context.SaveChangesAsync();

        var conn = context.Database.GetDbConnection();
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT platform FROM accounts";
        Assert.Equal("Douyin", (string?)await cmd.ExecuteScalarAsync());
    }
}
