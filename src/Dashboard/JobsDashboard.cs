using Hangfire;
using Monitor.Users;

namespace Monitor.Dashboard;

/// <summary>
/// Hangfire's dashboard at <c>/jobs</c>, inside ours: behind our log-in and for 管理员 only (our authorization
/// policy on the endpoint, not Hangfire's local-requests-only filter), on the job storage this process uses.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/jobs";

    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        var options = new DashboardOptions
        {
            // Our policy decides; Hangfire's default filter would also refuse every non-local administrator.
            Authorization = [],
            AsyncAuthorization = [],
            AppPath = "/Sweeps",
            DashboardTitle = "任务队列",
            DisplayStorageConnectionString = false,
        };
        app.MapHangfireDashboard(Path, options, app.Services.GetRequiredService<JobStorage>())
            .RequireAuthorization(DashboardRoles.AdminPolicy);
        return app;
    }
}
