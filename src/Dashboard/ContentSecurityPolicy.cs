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

    public static WebApplication UseContentSecurityPolicy(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = Value;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            // Links to platforms' posts must not tell them which dashboard page (and filters) the reviewer came from.
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        return app;
    }
}
