using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Monitor.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>Registers the exports: the non-compliant list, the summary tables and the notice draft.</summary>
    public static IHostApplicationBuilder AddExport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NoticeSettings>().BindConfiguration(NoticeSettings.Section);
        builder.Services.AddSingleton<ExportService>();
        return builder;
    }
}
