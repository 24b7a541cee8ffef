using Monitor.Analysis.Inspection.Misstatement;
using Monitor.Analysis.Inspection.Typo.Misuse;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Typos (<c>typo.*</c>): one finding per suspected char, its suggestion the char that replaces it. Never touches the
/// protected lexicon, the account's name, allowed words, or the spans the misstatement inspector judges (leaders'
/// names and formulations are its findings, with its severity).
/// </summary>
public sealed class TypoInspector : IPostInspector
{
    // Null when the family is disabled: then no model is loaded at all.
    private readonly TypoDetector? _detector;
    private readonly TypoModel? _model;
    private readonly TypoOptions _options;
    private readonly MisstatementLexiconProvider? _misstatement;
    private readonly MisuseChecker? _misuse;

    internal TypoInspector(TypoModel? model, TypoOptions options, AllowList allowed, MisstatementLexiconProvider? misstatement,
        MisuseChecker? misuse = null)
    {
        _model = model;
        _options = options;
        _detector = model is null ? null : new TypoDetector(model, options);
        Allowed = allowed;
        _misstatement = misstatement;
        _misuse = misuse;
    }

    public string Family => "typo";

    /// <summary>Whether the language model and dictionaries are loaded (not when the family is disabled).</summary>
    internal bool ModelLoaded => _model is not null;

    /// <summary>Words a reviewer allowed; see <see cref="AddAllowedWord"/>.</summary>
    public AllowList Allowed { get; }

    /// <summary>
    /// Loads the models (<c>typo/</c>, <c>jieba/</c>, <c>regions/</c>, <c>lexicon/</c>) from a models folder; none when
    /// the family is disabled (<see cref="TypoOptions.Enabled"/>), so a host that does not check typos does not pay for them.
    /// </summary>
    public static TypoInspector Load(string models, TypoOptions options, MisstatementLexiconProvider? misstatement = null)
    {
        var allowed = AllowList.Load(Path.Combine(models, "typo", AllowList.FileName));
        if (!options.Enabled)
        {
            return new(null, options, allowed, misstatement);
        }
        var model = TypoModel.Load(models);
        return new(model, options, allowed, misstatement, options.MisuseRules ? MisuseChecker.Load(models, model.Dictionary) : null);
    }

    /// <summary>"Dismiss and allow": the word is never flagged again by this instance. The caller persists it.</summary>
    public bool AddAllowedWord(string word) => Allowed.Add(word);

    /// <summary>The word is flagged again where it looks like a typo (unless <c>allow.txt</c> ships it). The caller persists it.</summary>
    public bool RemoveAllowedWord(string word) => Allowed.Remove(word);

    /// <summary>The words allowed at run time become exactly these (a list read from storage). The caller persists them.</summary>
    public void SetAllowedWords(IEnumerable<string> words) => Allowed.Replace(words);

    public IEnumerable<InspectorFinding> Inspect(InspectionText text, InspectionContext context)
    {
        if (_detector is null || _model is null)
        {
            return [];
        }
        var s = text.Normalised;
        var allowed = Allowed.Current;
        var findings = new List<InspectorFinding>();
        var misuses = new List<MisuseHit>();
        foreach (var sentence in text.Sentences)
        {
            var span = s.AsSpan(sentence.Start, sentence.Length);
            Func<int, bool> isProtected = at =>
                _model.Protected.Covers(s, sentence.Start + at) || allowed.Covers(s, sentence.Start + at)
                || IsInAccountName(s, sentence.Start + at, context.AccountName) || ProperNounGuard.IsNamePart(s, sentence.Start + at);
            var corrections = _detector.Detect(span, isProtected);
            foreach (var c in corrections)
            {
                findings.Add(ToFinding(c, sentence.Start + c.Offset));
            }
            _misuse?.Check(span, isProtected, misuses);
            MisuseFindings.AddTo(findings, misuses, sentence.Start);
        }
        return findings.Count == 0 ? findings : WithoutMisstatementSpans(s, context, findings);
    }

    private static InspectorFinding ToFinding(TypoCorrection c, int at)
    {
        var isDe = c.Length == 1 && "的地得".Contains(c.Original[0]) && "的地得".Contains(c.Replacement[0]);
        var rule = isDe ? "typo.de" : c.CompletesWord ? "typo.word" : "typo.confusable";
        var confidence = Math.Round(1 - 1 / (1 + c.Gain), 3);
        return new InspectorFinding(rule, FindingKind.Typo, Severity.Warning, at, c.Length,
            $"疑似错别字：“{c.Original}”应为“{c.Replacement}”", c.Replacement, confidence);
    }

    private static bool IsInAccountName(string s, int at, string? account)
    {
        if (string.IsNullOrEmpty(account))
        {
            return false;
        }
        var from = Math.Max(0, at - account.Length + 1);
        var index = s.IndexOf(account, from, StringComparison.Ordinal);
        return index >= 0 && index <= at;
    }

    private List<InspectorFinding> WithoutMisstatementSpans(string s, InspectionContext context, List<InspectorFinding> typos)
    {
        if (_misstatement is null)
        {
            return typos;
        }
        var matchers = _misstatement.Current;
        var covered = new List<InspectorFinding>();
        matchers.Formulations.Find(s, covered);
        matchers.Titles.Find(s, context.PublishedOn, covered);
        if (s.Contains('、'))
        {
            matchers.Lists.Find(s, covered);
        }
        if (covered.Count == 0)
        {
            return typos;
        }
        return typos.Where(t => !covered.Any(m => t.Start < m.Start + m.Length && m.Start < t.Start + t.Length)).ToList();
    }
}
