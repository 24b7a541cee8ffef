using Monitor.Analysis.Inspection;
using Monitor.Analysis.Inspection.Typo;
using Monitor.Shared;

namespace Monitor.Analysis.Tests.Typo;

/// <summary>The real typo inspector over <c>models/</c> with default options, loaded once per test run.</summary>
public static class GivenTypo
{
    private static readonly Lazy<TypoInspector> Shared = new(Fresh);

    /// <summary>The shared instance: never add allowed words to it.</summary>
    public static TypoInspector Inspector => Shared.Value;

    /// <summary>An instance of its own, for tests that change its allow-list.</summary>
    public static TypoInspector Fresh() => TypoInspector.Load(RepoPaths.Models(), new TypoOptions(), GivenInspectors.Lexicon());

    public static IReadOnlyList<InspectorFinding> Check(string text, string? account = null, TypoInspector? inspector = null) =>
        (inspector ?? Inspector).Inspect(InspectionText.Plain(text), new InspectionContext(new DateOnly(2026, 6, 1), account)).ToList();

    public static string DevSet(string file) =>
        Path.Combine(RepoPaths.FindRoot(AppContext.BaseDirectory)!, "tests", "Monitor.Analysis.Tests", "DevSets", file);
}
