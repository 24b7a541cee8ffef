using Monitor.Ingest.Sweep;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

/// <summary>100 accounts in four regions on four platforms, 20,000 posts, and the findings spread over 90 days.</summary>
static class Seed
{
    public static async Task RunAsync(MonitorDbContext db, int count)
    {
        var random = new Random(42);
        var regions = new[] { "530602", "530621", "530402", "530381" };
        var platforms = Enum.GetValues<Platform>();
        var now = DateTime.UtcNow;
        var accounts = Enumerable.Range(0, 100).Select(i => new GovAccount
        {
            Name = $"测试账号{i}",
            Platform = platforms[i % platforms.Length],
            RegionCode = regions[i % regions.Length],
            RegionName = "测试",
            Owner = "测试单位",
            RegisteredAt = now,
            UpdatedAt = now,
        }).ToList();
        db.Accounts.AddRange(accounts);
        await db.SaveChangesAsync();
        var posts = Enumerable.Range(0, 20_000).Select(i => new Post
        {
            AccountId = accounts[i % accounts.Count].Id,
            PlatformPostId = $"p{i}",
            ContentHash = $"h{i}",
            Text = "深入学习贯彻习近平新时代中国特色社会主义思想，联系电话13812345678，推动各项工作落实。" + i,
            PublishedAtUtc = now.AddMinutes(-i * 6),
            FetchedAt = now,
        }).ToList();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await BulkInserter.InsertAsync(db, posts, CancellationToken.None);
            await tx.CommitAsync();
        }
        var postIds = db.Posts.OrderBy(p => p.Id).Select(p => new { p.Id, p.AccountId }).ToList();
        var kinds = Enum.GetValues<FindingKind>();
        for (var done = 0; done < count; done += 50_000)
        {
            var batch = new List<Finding>();
            for (var i = done; i < Math.Min(count, done + 50_000); i++)
            {
                var post = postIds[random.Next(postIds.Count)];
                // Oldest first, so ids grow with time like a real queue; most history is reviewed, a tenth is pending.
                var age = 1.0 - (double)i / count;
                batch.Add(new Finding
                {
                    PostId = post.Id,
                    AccountId = post.AccountId,
                    RuleId = "bench.rule",
                    Kind = kinds[random.Next(kinds.Length)],
                    Start = 2,
                    Length = 4,
                    Excerpt = "习近平新时代",
                    Message = "测试问题",
                    CreatedAt = now.AddDays(-90 * age),
                    ReviewStatus = random.Next(10) switch { 0 => ReviewStatus.Pending, 1 => ReviewStatus.Confirmed, 2 => ReviewStatus.Fixed, _ => ReviewStatus.Dismissed },
                });
            }
            await using var tx = await db.Database.BeginTransactionAsync();
            await BulkInserter.InsertAsync(db, batch, CancellationToken.None);
            await tx.CommitAsync();
        }
    }
}
