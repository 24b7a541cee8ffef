using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Analysis.Accounts;

namespace Monitor.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Registers text analysis: normalisation, segmentation, the post inspectors and the account checks.</summary>
    public static IHostApplicationBuilder AddAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RulesOptions>().BindConfiguration(RulesOptions.Section);
        builder.Services.AddSingleton<IAccountCheck, UpdateTwoWeekCheck>();
        builder.Services.AddSingleton<IAccountCheck, UpdateEarlyWarningCheck>();
        builder.Services.AddSingleton<IAccountCheck, UpdateZombieCheck>();
        builder.Services.AddSingleton<IAccountCheck, OriginalTwoWeekCheck>();
        builder.Services.AddSingleton<AccountChecker>();
        return builder;
    }
}
