using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;
using Monitor.Ingest.Demo;
using Monitor.Shared.Data;

namespace Monitor.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>Registers the web UI.</summary>
    public static IHostApplicationBuilder AddDashboard(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        // Chinese text goes out as characters, not as &#x…; entities (still HTML-encoded where it must be).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    /// <summary>Migrates (SQLite, or PostgreSQL when configured to) and loads the demo into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseStartup.EnsureReadyAsync(scope.ServiceProvider, app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(app.Lifetime.ApplicationStopping);
    }
}
