using Monitor.Analysis;
using Monitor.Dashboard;
using Monitor.Export;
using Monitor.Ingest;
using Monitor.Shared.Data;
using Monitor.Sites;
using Monitor.Sources;
using Monitor.Users;

var builder = WebApplication.CreateBuilder(args);
builder.AddMonitorData();
builder.AddAnalysis();
builder.AddSources();
builder.AddIngest();
builder.AddSites();
builder.AddExport();
builder.AddUsers();
builder.AddDashboard();

var app = builder.Build();
await app.PrepareDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}
// A 4xx/5xx without a body (unknown page, missing record, forbidden) gets the Chinese error page, status unchanged.
app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseContentSecurityPolicy();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.Run();

/// <summary>The web host's entry point; public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
