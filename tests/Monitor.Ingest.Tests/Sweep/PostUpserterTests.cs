using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

public class PostUpserterTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero));

    private static async Task<GovAccount> AddAccountAsync(TestDb db)
    {
        await using var context = db.CreateContext();
        var account = Some.Account();
        context.Accounts.Add(account);
        await context.SaveChangesAsync();
        return account;
    }

    private async Task<UpsertResult> UpsertAsync(TestDb db, GovAccount account, params Monitor.Sources.SourcePost[] posts)
    {
        await using var context = db.CreateContext();
        return await new PostUpserter(context, _time).UpsertAsync(account, posts, CancellationToken.None);
    }

    [DbFact]
    public async Task the_same_post_twice_is_stored_once(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var account = await AddAccountAsync(db);
        var post = FakePostSource.Post("a1", At);

        var first = await UpsertAsync(db, account, post, FakePostSource.Post("a2", At.AddHours(1)));
        var second = await UpsertAsync(db, account, post, post);

        Assert.Equal(new UpsertResult(2, 0, 0), first);
        Assert.Equal(new UpsertResult(0, 0, 1), second);
        await using var context = db.CreateContext();
        Assert.Equal(2, await context.Posts.CountAsync());
        Assert.Equal(0, await context.PostRevisions.CountAsync());
    }

    [DbFact]
    public async Task an_edited_post_keeps_its_earlier_version_and_goes_back_to_analysis(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var account = await AddAccountAsync(db);
        await UpsertAsync(db, account, FakePostSource.Post("a1", At, "原文有错别字。", title: "通知"));
        await using (var context = db.CreateContext())
        {
            await context.Posts.ExecuteUpdateAsync(s => s.SetProperty(p => p.AnalysedAt, At.UtcDateTime));
        }

        var result = await UpsertAsync(db, account, FakePostSource.Post("a1", At, "原文已修改。", title: "通知"));

        Assert.Equal(new UpsertResult(0, 1, 0), result);
        await using var check = db.CreateContext();
        var post = await check.Posts.SingleAsync();
        var revision = await check.PostRevisions.SingleAsync();
        Assert.Equal(2, post.Version);
        Assert.Equal("原文已修改。", post.Text);
        Assert.Null(post.AnalysedAt);
        Assert.Equal(1, revision.Version);
        Assert.Equal("原文有错别字。", revision.Text);
        Assert.Equal(post.Id, revision.PostId);
    }

    [DbFact]
    public async Task flags_follow_the_latest_fetch_without_counting_as_an_edit(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var account = await AddAccountAsync(db);
        await UpsertAsync(db, account, FakePostSource.Post("a1", At, original: null));

        var result = await UpsertAsync(db, account, FakePostSource.Post("a1", At, original: false, pinned: true, deleted: true));

        Assert.Equal(new UpsertResult(0, 0, 1), result);
        await using var check = db.CreateContext();
        var post = await check.Posts.SingleAsync();
        Assert.Equal((false, true, true, 1), (post.IsOriginal, post.IsPinned, post.IsDeleted, post.Version));
        Assert.Equal(At.UtcDateTime, post.PublishedAtUtc);
        Assert.Equal(480, post.PublishedOffsetMinutes);
    }

    [DbFact]
    public async Task posts_of_different_accounts_with_the_same_platform_id_are_different_posts(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var a = await AddAccountAsync(db);
        var b = await AddAccountAsync(db);

        await UpsertAsync(db, a, FakePostSource.Post("same", At));
        var result = await UpsertAsync(db, b, FakePostSource.Post("same", At));

        Assert.Equal(new UpsertResult(1, 0, 0), result);
    }
}
