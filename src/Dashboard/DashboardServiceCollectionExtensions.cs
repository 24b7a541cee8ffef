using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Monitor.Dashboard.Review;
using Monitor.Ingest.Demo;
using Monitor.Ingest.Sweep;
using Monitor.Shared.Data;
using Monitor.Users;

namespace Monitor.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>Registers the web UI: pages (all behind log-in), Identity on the monitor's database, the review services.</summary>
    public static IHostApplicationBuilder AddDashboard(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AuthorizePage("/Users", DashboardRoles.AdminPolicy);
        });
        // Chinese text goes out as characters, not as &#x…; entities (still HTML-encoded where it must be).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Login";
            o.AccessDeniedPath = "/Login";
            o.Cookie.Name = "monitor.auth";
        });
        services.AddAuthorizationBuilder().AddPolicy(DashboardRoles.AdminPolicy, p => p.RequireRole(DashboardRoles.Admin));
        services.AddSingleton<Monitor.Dashboard.Security.LoginThrottle>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<ReviewActions>();
        services.AddSingleton<LexiconEditor>();
        services.AddScoped<RuleThresholdEditor>();
        return builder;
    }

    /// <summary>
    /// Migrates (SQLite, or PostgreSQL when configured to), creates roles and the first administrator, and loads the
    /// demo into an empty database — followed by one sweep at the current time so every page has verdicts to show.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var ct = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseStartup.EnsureReadyAsync(scope.ServiceProvider, ct);
        await scope.ServiceProvider.GetRequiredService<UserSeeder>().SeedAsync();
        if (await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(ct))
        {
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            await scope.ServiceProvider.GetRequiredService<SweepService>().RunAsync(now, "demo", ct);
        }
    }
}
