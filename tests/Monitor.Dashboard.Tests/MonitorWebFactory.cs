using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monitor.TestSupport;
using Monitor.Users;

namespace Monitor.Dashboard.Tests;

/// <summary>The dashboard on its own test database (SQLite file or PostgreSQL database), demo loading as configured.</summary>
public sealed class MonitorWebFactory(TestDb db, bool demo = true, bool jobs = false, bool migrateOnStart = true) : WebApplicationFactory<Program>
{
    public const string AdminName = "admin";
    public const string AdminPassword = "test-password-1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(config =>
        {
            var settings = new Dictionary<string, string?>(db.Settings.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value)))
            {
                ["Monitor:Demo:Enabled"] = demo ? "true" : "false",
                ["Monitor:Jobs:Enabled"] = jobs ? "true" : "false",
                ["Monitor:Admin:UserName"] = AdminName,
                ["Monitor:Admin:Password"] = AdminPassword,
                ["Monitor:Storage:MigrateOnStart"] = migrateOnStart ? "true" : "false",
            };
            config.AddInMemoryCollection(settings);
        });
    }

    /// <summary>A client with the administrator's log-in cookie.</summary>
    /// <summary>A 复核员 (reviewer1) created in the identity store and logged in.</summary>
    public async Task<HttpClient> ReviewerClientAsync()
    {
        _ = CreateClient(); // starts the host (migrations, roles)
        using (var scope = Services.CreateScope())
        {
            await UserSeeder.CreateAsync(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>(), "reviewer1", "reviewer-pass-1", DashboardRoles.Reviewer);
        }
        return await LoggedInClientAsync("reviewer1", "reviewer-pass-1");
    }

    public async Task<HttpClient> LoggedInClientAsync(string user = AdminName, string password = AdminPassword)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostFormAsync(client, "/Login", new() { ["UserName"] = user, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("log-in failed: " + response.StatusCode);
        }
        return client;
    }

    /// <summary>Fetches the page, takes its anti-forgery token, and posts the form to <paramref name="url"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        fields["__RequestVerificationToken"] = Token(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value is { Length: > 0 } t
            ? t
            : throw new InvalidOperationException("no anti-forgery token on the page");
}
