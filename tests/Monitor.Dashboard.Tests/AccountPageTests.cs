using Monitor.Dashboard.Rendering;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

public class AccountPageTests
{
    [Fact]
    public async Task the_timeline_shows_a_posts_rich_text_sanitised_in_a_collapsible_block()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        var client = await factory.LoggedInClientAsync();
        await using var context = db.CreateContext();
        var account = context.Accounts.First();
        context.Posts.Add(new Post
        {
            AccountId = account.Id,
            PlatformPostId = "rich-1",
            ContentHash = "r",
            PublishedAtUtc = DateTime.UtcNow,
            Text = "关于开展安全检查的通知 详见附件",
            RawHtml = "<section style=\"color:red\"><p>关于开展<strong>安全检查</strong>的通知</p><script>alert('raw')</script>"
                + "<img src=\"https://evil.example/t.png\" onerror=\"x()\"><a href=\"JaVaScRiPt:steal()\">详见</a>"
                + "<a href=\"https://www.gov.cn/fj.pdf\">附件</a></section>",
        });
        await context.SaveChangesAsync();

        var response = await client.GetAsync($"/Account/{account.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<summary>原文（富文本）</summary>", html);
        Assert.Contains("<section><p>关于开展<strong>安全检查</strong>的通知</p>" + PostHtmlSanitizer.ImagePlaceholder + "详见"
            + "<a href=\"https://www.gov.cn/fj.pdf\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">附件</a></section>", html);
        Assert.Contains("<div class=\"text\">关于开展安全检查的通知 详见附件</div>", html);
        Assert.DoesNotContain("alert('raw')", html);
        Assert.DoesNotContain("evil.example", html);
        Assert.DoesNotContain("steal()", html);
        Assert.DoesNotContain("color:red", html);
        Assert.Equal(ContentSecurityPolicy.Value, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }
}
