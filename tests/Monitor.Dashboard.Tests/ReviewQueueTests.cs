using System.Net;
using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

public class ReviewQueueTests
{
    [DbFact]
    public async Task confirming_a_finding_changes_its_status_and_writes_an_audit_entry(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var id = await context.Findings.Where(f => f.ReviewStatus == ReviewStatus.Pending).MaxAsync(f => f.Id);

        var response = await MonitorWebFactory.PostFormAsync(client, "/Queue",
            new() { ["single"] = $"{id}:Confirmed", [$"note-{id}"] = "已通知单位整改" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var finding = await context.Findings.AsNoTracking().SingleAsync(f => f.Id == id);
        Assert.Equal(ReviewStatus.Confirmed, finding.ReviewStatus);
        Assert.Equal("admin", finding.Reviewer);
        Assert.Equal("已通知单位整改", finding.ReviewNote);
        var audit = await context.AuditEntries.SingleAsync(a => a.Target.StartsWith($"finding:{id} "));
        Assert.Equal("finding.confirmed", audit.Action);
        Assert.Equal("待复核", audit.Before);
        Assert.Equal("确认：已通知单位整改", audit.After);
        Assert.Contains($"finding:{id}", await client.GetStringAsync("/Audit"));
    }

    [DbFact]
    public async Task bulk_dismissal_reviews_every_ticked_finding_and_pages_with_a_keyset(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var ids = await context.Findings.Where(f => f.ReviewStatus == ReviewStatus.Pending).OrderByDescending(f => f.Id)
            .Select(f => f.Id).Take(2).ToListAsync();
        var page = await client.GetStringAsync("/Queue");
        var content = new MultipartFormDataContent
        {
            { new StringContent(MonitorWebFactory.Token(page)), "__RequestVerificationToken" },
            { new StringContent("Dismissed"), "bulk" },
            { new StringContent(ids[0].ToString()), "ids" },
            { new StringContent(ids[1].ToString()), "ids" },
        };

        var response = await client.PostAsync("/Queue", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, await context.Findings.CountAsync(f => ids.Contains(f.Id) && f.ReviewStatus == ReviewStatus.Dismissed));
        Assert.Equal(2, await context.AuditEntries.CountAsync(a => a.Action == "finding.dismissed"));
        var next = await client.GetStringAsync($"/Queue?Filter.Before={ids[1]}");
        Assert.DoesNotContain($"data-id=\"{ids[0]}\"", next);
    }

    [DbFact]
    public async Task the_queue_shows_personal_data_masked_with_the_span_highlighted(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var pii = await context.Findings.Include(f => f.Post)
            .Where(f => f.Kind == FindingKind.PersonalDataLeak && f.RuleId == "pii.id-card").FirstAsync();
        var raw = pii.Post!.Text.Substring(pii.Start, pii.Length);

        var html = await client.GetStringAsync($"/Queue?Filter.Kind=PersonalDataLeak&Filter.Account={pii.AccountId}");

        Assert.Contains("个人信息泄露", html);
        Assert.DoesNotContain(raw, html);
        Assert.Contains("<mark>" + raw[..3], html);
        Assert.Contains("****", html);
    }

    [DbFact]
    public async Task dismissing_a_typo_can_add_the_word_to_the_allow_list(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var post = await context.Posts.FirstAsync(p => p.Text.Length > 10);
        var typo = new Finding
        {
            PostId = post.Id,
            AccountId = post.AccountId,
            RuleId = "typo.confusable",
            Kind = FindingKind.Typo,
            Start = 2,
            Length = 2,
            Message = "疑似错别字",
            Suggestion = "？",
            CreatedAt = DateTime.UtcNow,
        };
        context.Findings.Add(typo);
        await context.SaveChangesAsync();

        await MonitorWebFactory.PostFormAsync(client, "/Queue",
            new() { ["single"] = $"{typo.Id}:Dismissed", [$"allow-{typo.Id}"] = "on" });

        var word = post.Text.Substring(2, 2);
        Assert.True(await context.AllowedWords.AnyAsync(w => w.Word == word));
        Assert.True(await context.AuditEntries.AnyAsync(a => a.Action == "allowlist.add" && a.Target == word));
        Assert.Contains(word, await client.GetStringAsync("/Rules"));
    }
}
