using Microsoft.Extensions.DependencyInjection;
using Monitor.Cli;
using Monitor.Ingest.Sweep;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

public class AccountStatusQueryTests
{
    [DbFact]
    public async Task status_shows_each_account_as_of_the_latest_sweep(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var source = await SweepFixture.SeedAsync(db);
        using (var host = SweepHost.Build(db, source))
        {
            await host.Services.GetRequiredService<SweepService>().RunAsync(SweepHost.Cutoff, "test", default);
        }

        await using var context = db.CreateContext();
        var rows = (await AccountStatusQuery.LoadAsync(context, 14, default))!.ToDictionary(r => r.Handle!);

        Assert.Equal(6, rows.Count);
        Assert.Equal(("ok", 2, 2), (rows["active"].Fetch, rows["active"].PostsInWindow, rows["active"].OriginalPostsInWindow));
        Assert.Equal("failed", rows["broken"].Fetch);
        Assert.Contains("触发平台反爬验证", rows["broken"].FetchError);
        Assert.Equal("unknown", rows["broken"].Verdicts["update.two-week"]);
        // The pinned post of yesterday is not the latest post: the one of 20 days ago is.
        Assert.Equal(new DateTimeOffset(2026, 10, 27, 0, 0, 0, TimeSpan.FromHours(8)), rows["pinned"].LatestPostAt);
        Assert.Equal("fail", rows["pinned"].Verdicts["update.two-week"]);
        Assert.Equal(["original.two-week", "update.early-warning", "update.two-week", "update.zombie"], rows["active"].Verdicts.Keys);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.FromHours(8)), rows["active"].Cutoff);
    }

    [DbFact]
    public async Task status_before_any_sweep_is_empty(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var context = db.CreateContext();
        Assert.Null(await AccountStatusQuery.LoadAsync(context, 14, default));
    }
}
