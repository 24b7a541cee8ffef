using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Analysis.Segmentation;
using Monitor.Shared;

namespace Monitor.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Registers text analysis: normalisation, segmentation, the post inspectors and the account checks.</summary>
    public static IHostApplicationBuilder AddAnalysis(this IHostApplicationBuilder builder)
    {
        // A factory singleton loads the dictionary on first use, so hosts that never segment never pay for it.
        builder.Services.AddSingleton<ISegmenter>(_ => JiebaSegmenter.Load(RepoPaths.Models()));
        return builder;
    }
}
