using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests.Reviewer;

/// <summary>The reviewer's paper cuts of issue 18, in Debian's chromium as the reviewer meets them.</summary>
public class ReviewerBrowserTests
{
    [Fact]
    public async Task the_draft_is_highlighted_as_typed_enter_in_a_note_keeps_it_bars_open_lists_and_the_export_form_offers_only_valid_formats()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/Login");
        await page.FillAsync("input[name=UserName]", MonitorWebFactory.AdminName);
        await page.FillAsync("input[name=Password]", MonitorWebFactory.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("text=两周更新达标率（按地区）");

        // 11: the highlighted draft reads exactly as the draft, no indentation or line breaks around the marks.
        const string draft = "今天，国务院总理李克强主持召开国务院常务会议。";
        await page.GotoAsync("/Check");
        await page.FillAsync("textarea[name=Draft]", draft);
        await page.ClickAsync("#check");
        await page.WaitForSelectorAsync(".draft mark");
        Assert.Equal(draft, await page.TextContentAsync(".draft"));

        // 12: Enter in a finding's note neither submits the form nor loses the note.
        await using var context = db.CreateContext();
        var reviewed = await context.Findings.CountAsync(f => f.ReviewStatus != ReviewStatus.Pending);
        await page.GotoAsync("/Queue");
        var note = page.Locator("article.finding input[name^=note-]").First;
        await note.FillAsync("已电话通知");
        await note.PressAsync("Enter");
        await page.WaitForTimeoutAsync(500);
        Assert.EndsWith("/Queue", page.Url);
        Assert.Equal("已电话通知", await note.InputValueAsync());
        Assert.Equal(reviewed, await context.Findings.CountAsync(f => f.ReviewStatus != ReviewStatus.Pending));

        // 14: a region bar opens the accounts of that region.
        await page.GotoAsync("/");
        await page.ClickAsync("svg.chart a >> nth=0");
        await page.WaitForURLAsync("**/Accounts?Region=*");
        Assert.Contains("政务新媒体账号", await page.TextContentAsync("h1"));

        // 14: the export form cannot ask for a notice as a spreadsheet.
        await page.GotoAsync("/Export");
        await page.SelectOptionAsync("select[name=Kind]", "notice");
        Assert.Equal("docx", await page.InputValueAsync("select[name=Format]"));
        Assert.NotNull(await page.GetAttributeAsync("select[name=Format] option[value=csv]", "disabled"));
    }
}
