using Monitor.Analysis;
using Monitor.Dashboard;
using Monitor.Export;
using Monitor.Ingest;
using Monitor.Shared.Data;
using Monitor.Sources;
using Monitor.Users;

var builder = WebApplication.CreateBuilder(args);
builder.AddMonitorData();
builder.AddAnalysis();
builder.AddSources();
builder.AddIngest();
builder.AddExport();
builder.AddUsers();
builder.AddDashboard();

var app = builder.Build();
await app.PrepareDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}
app.UseContentSecurityPolicy();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapJobsDashboard();
app.Run();

/// <summary>The web host's entry point; public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
