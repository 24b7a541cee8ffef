namespace Monitor.Dashboard;

/// <summary>
/// The dashboard's Content-Security-Policy: everything from the dashboard itself, nothing inline. Posts are untrusted
/// HTML; the sanitiser is the first defence, this header the second (no script, no external load even if one slipped through).
/// Pages keep their scripts in wwwroot and their styles in site.css so no <c>'unsafe-inline'</c> is needed.
/// </summary>
public static class ContentSecurityPolicy
{
    public const string Value = "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The one documented exception, for Hangfire's dashboard under <c>/jobs</c> (administrators only, no post content):
    /// its pages set inline <c>style</c> attributes, so styles may be inline there. Scripts stay <c>'self'</c>.
    /// </summary>
    public const string JobsValue = "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseContentSecurityPolicy(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy =
                context.Request.Path.StartsWithSegments(JobsDashboard.Path, StringComparison.OrdinalIgnoreCase) ? JobsValue : Value;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        return app;
    }
}
