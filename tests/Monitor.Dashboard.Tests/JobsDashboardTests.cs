using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

/// <summary>Hangfire's dashboard at /jobs: administrators only, through our log-in; linked from 巡检 for them alone.</summary>
public class JobsDashboardTests
{
    [Fact]
    public async Task jobs_is_for_administrators_only_and_linked_from_the_sweeps_page()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);

        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var visitor = await anonymous.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.StartsWith("/Login", visitor.Headers.Location!.PathAndQuery);

        var reviewer = await factory.ReviewerClientAsync();
        Assert.NotEqual(HttpStatusCode.OK, (await reviewer.GetAsync("/jobs")).StatusCode);
        Assert.DoesNotContain("id=\"jobs-link\"", await reviewer.GetStringAsync("/Sweeps"));

        var admin = await factory.LoggedInClientAsync();
        var jobs = await admin.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        Assert.Contains("Hangfire", await jobs.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/jobs/recurring")).StatusCode);
        Assert.Contains("href=\"/jobs\"", await admin.GetStringAsync("/Sweeps"));
        // Our policy, with the narrow exception the dashboard's inline styles need, on /jobs only.
        Assert.Equal(ContentSecurityPolicy.JobsValue, string.Join(";", jobs.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(ContentSecurityPolicy.Value, string.Join(";", (await admin.GetAsync("/Sweeps")).Headers.GetValues("Content-Security-Policy")));
    }
}
