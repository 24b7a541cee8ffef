using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Monitor.Shared;
using Monitor.Shared.Domain;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

/// <summary>
/// End to end in Debian's chromium, driven by Playwright for .NET, against the dashboard on Kestrel (a real port).
/// With MONITOR_SCREENSHOTS=1 the main pages are saved to docs/screenshots/ for the README.
/// </summary>
public class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task a_reviewer_logs_in_reviews_with_the_keyboard_opens_an_account_runs_a_sweep_and_checks_a_draft()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, jobs: true);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        // The pages must work under the dashboard's Content-Security-Policy: any violation is reported on the console.
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync("/");
        Assert.Contains("/Login", page.Url);
        await page.FillAsync("input[name=UserName]", MonitorWebFactory.AdminName);
        await page.FillAsync("input[name=Password]", MonitorWebFactory.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("text=两周更新达标率（按地区）");
        await ShotAsync(page, "overview");

        // Three findings reviewed with the keyboard: move down and back with j/k, then c, c, d.
        await page.GotoAsync("/Queue");
        await using var context = db.CreateContext();
        var pendingBefore = await context.Findings.CountAsync(f => f.ReviewStatus == ReviewStatus.Pending);
        await ShotAsync(page, "queue");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");
        foreach (var key in new[] { "c", "c", "d" })
        {
            var first = await page.GetAttributeAsync("article.finding.current", "data-id");
            await page.Keyboard.PressAsync(key);
            await page.WaitForSelectorAsync($"article.finding[data-id=\"{first}\"]", new() { State = WaitForSelectorState.Detached });
        }
        Assert.Equal(2, await context.Findings.CountAsync(f => f.ReviewStatus == ReviewStatus.Confirmed && f.Reviewer == "admin"));
        Assert.Equal(1, await context.Findings.CountAsync(f => f.ReviewStatus == ReviewStatus.Dismissed && f.Reviewer == "admin"));
        Assert.Equal(pendingBefore - 3, await context.Findings.CountAsync(f => f.ReviewStatus == ReviewStatus.Pending));

        await page.GotoAsync("/Accounts");
        await ShotAsync(page, "accounts");
        await page.ClickAsync("text=昭通发布 >> nth=0");
        await page.WaitForSelectorAsync("h2:has-text('检查结果')");
        Assert.Contains("/Account/", page.Url);
        await ShotAsync(page, "account");

        await page.GotoAsync("/Sweeps");
        var runsBefore = await page.Locator("#runs tbody tr[data-id]").CountAsync();
        await page.ClickAsync("#run-now");
        // Polled from the test: the page's Content-Security-Policy forbids the eval that WaitForFunctionAsync needs.
        await UntilAsync(async () => await page.Locator("#runs tbody tr[data-id]").CountAsync() > runsBefore
            && await page.GetAttributeAsync("#runs tbody tr[data-id] .state", "data-state") == "Completed", TimeSpan.FromMinutes(3));
        Assert.Equal("已完成", await page.TextContentAsync("#runs tbody tr[data-id] .state"));
        await ShotAsync(page, "sweeps");

        await page.GotoAsync("/Check");
        await page.FillAsync("textarea[name=Draft]", "今天，国务院总理李克强主持召开国务院常务会议。请联系张三，电话13812345678。");
        await page.ClickAsync("#check");
        await page.WaitForSelectorAsync(".draft mark");
        Assert.True(await page.Locator(".draft mark").CountAsync() >= 1);
        await ShotAsync(page, "check");

        await page.GotoAsync("/Rules");
        await ShotAsync(page, "rules");
        await page.GotoAsync("/Audit");
        Assert.Contains("finding.confirmed", await page.ContentAsync());
        await ShotAsync(page, "audit");
        Assert.Empty(violations);
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the page");
            await Task.Delay(500);
        }
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("MONITOR_SCREENSHOTS") != "1")
        {
            return;
        }
        var root = RepoPaths.FindRoot(AppContext.BaseDirectory)!;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(root, "docs", "screenshots", name + ".png"), FullPage = false });
    }
}
