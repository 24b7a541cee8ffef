using Monitor.Shared.Domain;

namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// Finds altered formulations: a listed wrong variant, or a near-miss of a canonical form (see
/// <see cref="NearMissAlignment"/>). Candidates come from disjoint bigrams of each form: at most two edits always
/// leave one bigram to hit, and a dropped or added char moves the window's start by one at most, so each hit tries
/// three starts. A slip that falls only on a leader's name inside the form (以习近凭同志为核心的党中央) is reported
/// as that name written wrong.
/// </summary>
internal sealed class FormulationMatcher
{
    private readonly MisstatementLexicon _lexicon;
    private readonly Dictionary<int, List<(int Formulation, int Offset)>> _bigrams = [];
    private readonly Dictionary<int, List<(string Wrong, int Formulation)>> _variants = [];
    // Most chars of a post start no bigram of any formulation: a flat table skips them before any hashing.
    private readonly bool[] _bigramStart = new bool[char.MaxValue + 1];
    private readonly bool[] _bigramSecond = new bool[char.MaxValue + 1];
    // Per formulation, the leader's name it holds (习近平 in 习近平法治思想), or null.
    private readonly (int Start, string Name)?[] _names;

    public FormulationMatcher(MisstatementLexicon lexicon)
    {
        _lexicon = lexicon;
        _names = new (int, string)?[lexicon.Formulations.Count];
        var leaders = lexicon.LeaderNames.Where(n => n.Length >= 3).ToArray();
        for (var f = 0; f < lexicon.Formulations.Count; f++)
        {
            var text = lexicon.Formulations[f].Text;
            for (var o = 0; o + 1 < text.Length; o += 2)
            {
                Index(text, f, o);
            }
            if (text.Length % 2 == 1)
            {
                Index(text, f, text.Length - 2);
            }
            foreach (var name in leaders)
            {
                if (text.IndexOf(name, StringComparison.Ordinal) is var at and >= 0)
                {
                    _names[f] = (at, name);
                }
            }
        }
        for (var f = 0; f < lexicon.Formulations.Count; f++)
        {
            foreach (var wrong in lexicon.Formulations[f].WrongVariants.Where(v => v.Length >= 2))
            {
                var key = wrong[0] << 16 | wrong[1];
                if (!_variants.TryGetValue(key, out var list))
                {
                    _variants[key] = list = [];
                }
                list.Add((wrong, f));
                _bigramStart[wrong[0]] = true;
                _bigramSecond[wrong[1]] = true;
            }
        }
    }

    public void Find(string s, List<InspectorFinding> findings)
    {
        List<(int Start, int End)>? exact = null;
        List<FormulationCandidate>? candidates = null;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (!_bigramStart[s[i]] || !_bigramSecond[s[i + 1]])
            {
                continue;
            }
            var bigram = s[i] << 16 | s[i + 1];
            if (_variants.TryGetValue(bigram, out var variants))
            {
                foreach (var (wrong, f) in variants)
                {
                    if (string.CompareOrdinal(s, i, wrong, 0, wrong.Length) == 0)
                    {
                        (candidates ??= []).Add(new FormulationCandidate(i, wrong.Length, f, -1, -1));
                    }
                }
            }
            if (!_bigrams.TryGetValue(bigram, out var hits))
            {
                continue;
            }
            foreach (var (f, offset) in hits)
            {
                var text = _lexicon.Formulations[f].Text;
                // Windows hit by several bigrams are aligned again rather than remembered: cheaper than a set, and
                // the duplicates fold when reported.
                for (var shift = -1; shift <= 1; shift++)
                {
                    // A char added or dropped before the hit needs a form char before it: none at offset 0.
                    if (shift != 0 && offset == 0)
                    {
                        continue;
                    }
                    var start = i - offset + shift;
                    var length = NearMissAlignment.At(s, start, text, shift, _lexicon, out var first, out var last);
                    if (length == NearMissAlignment.Exact)
                    {
                        (exact ??= []).Add((start, start + text.Length));
                        if (NearMissAlignment.DoubledEnd(s, start + text.Length, text))
                        {
                            (candidates ??= []).Add(new FormulationCandidate(start, text.Length + 1, f, -1, -1));
                        }
                    }
                    else if (length > 0)
                    {
                        (candidates ??= []).Add(new FormulationCandidate(start, length, f, first, last));
                    }
                }
            }
        }
        if (candidates is not null)
        {
            Report(s, candidates, exact ?? [], findings);
        }
    }

    private void Report(string s, List<FormulationCandidate> candidates, List<(int Start, int End)> exact, List<InspectorFinding> findings)
    {
        var distinct = candidates.DistinctBy(c => (c.Start, c.Length)).ToList();
        foreach (var c in distinct)
        {
            // The same error inside a longer formulation is reported once, on the longer one.
            if (distinct.Any(o => o.Length > c.Length && o.Start <= c.Start && c.End <= o.End))
            {
                continue;
            }
            // A window overlapping a correctly written formulation that it does not contain is that formulation's
            // context, not an error (a longer formulation with a wrong char still contains its correct shorter parts).
            if (exact.Any(e => c.Start < e.End && e.Start < c.End && (e.Start < c.Start || e.End > c.End)))
            {
                continue;
            }
            if (_names[c.Formulation] is var (at, name) && c.First >= at && c.Last >= 0 && c.Last < at + name.Length)
            {
                findings.Add(LeaderListChecker.NameFinding(s, c.Start + at, name));
                continue;
            }
            findings.Add(Found(_lexicon.Formulations[c.Formulation], c.Start, c.Length));
        }
    }

    private static InspectorFinding Found(Formulation f, int start, int length) => f.IsOfficialName
        ? new InspectorFinding("misstatement.official-name", FindingKind.SevereMisstatement, Severity.Veto, start, length,
            $"名称书写有误，应为“{f.Text}”", f.Text, 0.95)
        : new InspectorFinding("misstatement.formulation", FindingKind.SevereMisstatement, Severity.Veto, start, length,
            $"重要表述书写有误，应为“{f.Text}”", f.Text, 0.95);

    private void Index(string text, int f, int offset)
    {
        _bigramStart[text[offset]] = true;
        _bigramSecond[text[offset + 1]] = true;
        var key = text[offset] << 16 | text[offset + 1];
        if (!_bigrams.TryGetValue(key, out var list))
        {
            _bigrams[key] = list = [];
        }
        list.Add((f, offset));
    }
}
