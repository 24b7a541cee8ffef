using Monitor.Analysis;
using Monitor.Dashboard;
using Monitor.Dashboard.Auth;
using Monitor.Ingest;
using Monitor.Shared.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddMonitorData();
builder.AddAnalysis();
builder.AddIngest();
builder.AddDashboard();

var app = builder.Build();
if (UsersCommand.Matches(args))
{
    return await UsersCommand.RunAsync(app.Services, args, Console.IsInputRedirected ? Console.In : TextReader.Null, Console.Out);
}
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
app.Run();
return 0;

