using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Monitor.Analysis.Inspection;
using Monitor.Analysis.Inspection.Misstatement;
using Monitor.Analysis.Inspection.Pii;

namespace Monitor.Analysis.Tests;

/// <summary>The real inspectors over the data in <c>models/</c>, built once per test run (they are immutable and thread-safe).</summary>
public static class GivenInspectors
{
    private static readonly Lazy<PersonalDataInspector> LazyPii = new(() => new PersonalDataInspector(PiiTables.Load()));
    private static readonly Lazy<MisstatementInspector> LazyMisstatement = new(() => new MisstatementInspector(Lexicon()));

    public static PersonalDataInspector Pii => LazyPii.Value;
    public static MisstatementInspector Misstatement => LazyMisstatement.Value;

    public static MisstatementLexiconProvider Lexicon(string? folder = null, TimeProvider? time = null) => new(
        Options.Create(new MisstatementOptions { LexiconFolder = folder }),
        NullLogger<MisstatementLexiconProvider>.Instance,
        time ?? TimeProvider.System);

    public static InspectionRunner Runner(params IPostInspector[] inspectors) =>
        new(inspectors.Length > 0 ? inspectors : [Pii, Misstatement], NullLogger<InspectionRunner>.Instance);

    public static LineChecker Checker() => new(Runner());
}
