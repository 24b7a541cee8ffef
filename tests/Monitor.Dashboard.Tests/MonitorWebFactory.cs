using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

/// <summary>The dashboard on its own test database (SQLite file or PostgreSQL database), demo loading as configured.</summary>
public sealed class MonitorWebFactory(TestDb db, bool demo = true) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(config =>
        {
            var settings = new Dictionary<string, string?>(db.Settings.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value)))
            {
                ["Monitor:Demo:Enabled"] = demo ? "true" : "false",
            };
            config.AddInMemoryCollection(settings);
        });
    }
}
