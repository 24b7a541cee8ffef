namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>The matchers compiled from one version of the lexicon; replaced whole on reload.</summary>
internal sealed class MisstatementMatchers(MisstatementLexicon lexicon)
{
    public MisstatementLexicon Lexicon { get; } = lexicon;
    public FormulationMatcher Formulations { get; } = new(lexicon);
    public LeaderTitleMatcher Titles { get; } = new(lexicon);
    public LeaderListChecker Lists { get; } = new(new LeaderNameIndex(lexicon));
    public RunningNameScanner Names { get; } = new(new LeaderNameIndex(lexicon));
}
