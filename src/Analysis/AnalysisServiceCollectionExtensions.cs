using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Monitor.Analysis.Accounts;
using Monitor.Analysis.Compliance;
using Monitor.Analysis.Feedback;
using Monitor.Analysis.Inspection;
using Monitor.Analysis.Inspection.Misstatement;
using Monitor.Analysis.Inspection.Pii;
using Monitor.Analysis.Inspection.Typo;
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

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MisstatementOptions>().BindConfiguration("Monitor:Misstatement");
        services.AddOptions<TypoOptions>().BindConfiguration("Monitor:Typo");

        // Post inspectors: the runner applies every IPostInspector registered here.
        services.AddSingleton(_ => PiiTables.Load());
        services.AddSingleton<MisstatementLexiconProvider>();
        services.AddSingleton<IPostInspector, PersonalDataInspector>();
        services.AddSingleton<IPostInspector, MisstatementInspector>();
        // The typo inspector is also resolvable as itself, for "dismiss and allow" (TypoInspector.AddAllowedWord).
        services.AddSingleton(sp => TypoInspector.Load(RepoPaths.Models(),
            sp.GetRequiredService<IOptions<TypoOptions>>().Value, sp.GetRequiredService<MisstatementLexiconProvider>()));
        services.AddSingleton<IPostInspector>(sp => sp.GetRequiredService<TypoInspector>());
        services.AddSingleton<InspectionRunner>();
        services.AddSingleton<LineChecker>();
        services.AddSingleton<IAllowList, DbAllowList>();
        builder.Services.AddOptions<RulesOptions>().BindConfiguration(RulesOptions.Section);
        // The configured thresholds with the administrators' changes from the database over them.
        builder.Services.AddSingleton<RuleSettings>();
        builder.Services.AddSingleton<IAccountCheck, UpdateTwoWeekCheck>();
        builder.Services.AddSingleton<IAccountCheck, UpdateEarlyWarningCheck>();
        builder.Services.AddSingleton<IAccountCheck, UpdateZombieCheck>();
        builder.Services.AddSingleton<IAccountCheck, OriginalTwoWeekCheck>();
        builder.Services.AddSingleton<AccountChecker>();

        // Compliance reports (the 通报's numbers); they need the RegionCatalog that AddIngest() registers.
        builder.Services.AddOptions<ComplianceOptions>().BindConfiguration(ComplianceOptions.Section);
        builder.Services.AddSingleton<AccountJudgementLoader>();
        builder.Services.AddSingleton<ComplianceQuery>();
        return builder;
    }
}
