using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests.Security;

public class AllowListMinimumTests
{
    [Fact]
    public async Task a_single_character_typed_on_the_rules_page_is_refused_in_chinese()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var admin = await factory.LoggedInClientAsync();

        await MonitorWebFactory.PostFormAsync(admin, "/Rules?handler=Allow", new() { ["word"] = "是" }, "/Rules");

        await using var context = db.CreateContext();
        Assert.Empty(context.AllowedWords);
        Assert.Contains("白名单只收至少2个字的词语", await admin.GetStringAsync("/Rules"));
    }

    [Fact]
    public async Task dismissing_a_one_character_typo_allows_its_context_not_the_bare_character()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var post = await context.Posts.FirstAsync(p => p.Text.Length > 20 && !p.Text.Substring(3, 7).Contains(' ') && !p.Text.Substring(3, 7).Contains('\n'));
        var typo = new Finding
        {
            PostId = post.Id,
            AccountId = post.AccountId,
            RuleId = "typo.confusable",
            Kind = FindingKind.Typo,
            Start = 6,
            Length = 1,
            Message = "疑似错别字",
            Suggestion = "？",
            CreatedAt = DateTime.UtcNow,
        };
        context.Findings.Add(typo);
        await context.SaveChangesAsync();

        await MonitorWebFactory.PostFormAsync(client, "/Queue",
            new() { ["single"] = $"{typo.Id}:Dismissed", [$"allow-{typo.Id}"] = "on" });

        var words = await context.AllowedWords.Select(w => w.Word).ToListAsync();
        Assert.Equal([post.Text.Substring(4, 5)], words);
    }
}
