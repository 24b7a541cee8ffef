using Monitor.Shared.Domain;

namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// Finds altered formulations: a listed wrong variant, or a same-length near-miss (one char replaced by a
/// confusable one; two for texts of 7+ chars), or a text of 8+ chars missing one inner char. Candidates come from
/// disjoint bigrams of each formulation, so at most two edits always leave one bigram to hit.
/// </summary>
internal sealed class FormulationMatcher
{
    private readonly MisstatementLexicon _lexicon;
    private readonly Dictionary<int, List<(int Formulation, int Offset)>> _bigrams = [];
    private readonly Dictionary<int, List<(string Wrong, int Formulation)>> _variants = [];
    // Most chars of a post start no bigram of any formulation: a flat table skips them before any hashing.
    private readonly bool[] _bigramStart = new bool[char.MaxValue + 1];

    public FormulationMatcher(MisstatementLexicon lexicon)
    {
        _lexicon = lexicon;
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
            }
        }
    }

    public void Find(string s, List<InspectorFinding> findings)
    {
        List<(int Start, int End)>? exact = null;
        List<(int Start, int Length, int Formulation)>? candidates = null;
        HashSet<long>? checkedWindows = null;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (!_bigramStart[s[i]])
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
                        (candidates ??= []).Add((i, wrong.Length, f));
                    }
                }
            }
            if (!_bigrams.TryGetValue(bigram, out var hits))
            {
                continue;
            }
            foreach (var (f, offset) in hits)
            {
                var start = i - offset;
                checkedWindows ??= [];
                if (start < 0 || !checkedWindows.Add((long)f << 32 | (uint)start))
                {
                    continue;
                }
                var text = _lexicon.Formulations[f].Text;
                // A hit after a dropped char sits one char left of where the bigram's offset puts it.
                if (text.Length >= 8 && start + 1 < s.Length && checkedWindows.Add(-((long)f << 32 | (uint)(start + 1)))
                    && IsInnerDeletion(s, start + 1, text))
                {
                    (candidates ??= []).Add((start + 1, text.Length - 1, f));
                }
                var verdict = Compare(s, start, text);
                if (verdict == 0)
                {
                    (exact ??= []).Add((start, start + text.Length));
                }
                else if (verdict > 0)
                {
                    (candidates ??= []).Add((start, verdict, f));
                }
            }
        }
        if (candidates is null)
        {
            return;
        }
        exact ??= [];
        var distinct = candidates.DistinctBy(c => (c.Start, c.Length)).ToList();
        foreach (var (start, length, f) in distinct)
        {
            // The same error inside a longer formulation is reported once, on the longer one.
            if (distinct.Any(o => o.Length > length && o.Start <= start && start + length <= o.Start + o.Length))
            {
                continue;
            }
            // A window overlapping a correctly written formulation that it does not contain is that formulation's
            // context, not an error (a longer formulation with a wrong char still contains its correct shorter parts).
            if (!exact.Any(e => start < e.End && e.Start < start + length && (e.Start < start || e.End > start + length)))
            {
                findings.Add(Found(_lexicon.Formulations[f], start, length));
            }
        }
    }

    /// <summary>0: exact; &gt;0: the length of a near-miss window; -1: neither.</summary>
    private int Compare(string s, int start, string f)
    {
        if (start + f.Length <= s.Length)
        {
            var mismatches = 0;
            var allowed = f.Length >= 7 ? 2 : 1;
            for (var k = 0; k < f.Length && mismatches <= allowed; k++)
            {
                var c = s[start + k];
                if (c != f[k])
                {
                    mismatches = _lexicon.AreConfusable(f[k], c) ? mismatches + 1 : allowed + 1;
                }
            }
            if (mismatches == 0)
            {
                return 0;
            }
            if (mismatches <= allowed)
            {
                return f.Length;
            }
        }
        return f.Length >= 8 && IsInnerDeletion(s, start, f) ? f.Length - 1 : -1;
    }

    private static bool IsInnerDeletion(string s, int start, string f)
    {
        if (start + f.Length - 1 > s.Length)
        {
            return false;
        }
        var k = 0;
        while (k < f.Length - 1 && s[start + k] == f[k])
        {
            k++;
        }
        if (k == 0 || k >= f.Length - 1)
        {
            return false;
        }
        return string.CompareOrdinal(s, start + k, f, k + 1, f.Length - k - 1) == 0;
    }

    private static InspectorFinding Found(Formulation f, int start, int length) => f.IsOfficialName
        ? new InspectorFinding("misstatement.official-name", FindingKind.SevereMisstatement, Severity.Veto, start, length,
            $"名称书写有误，应为“{f.Text}”", f.Text, 0.95)
        : new InspectorFinding("misstatement.formulation", FindingKind.SevereMisstatement, Severity.Veto, start, length,
            $"重要表述书写有误，应为“{f.Text}”", f.Text, 0.95);

    private void Index(string text, int f, int offset)
    {
        _bigramStart[text[offset]] = true;
        var key = text[offset] << 16 | text[offset + 1];
        if (!_bigrams.TryGetValue(key, out var list))
        {
            _bigrams[key] = list = [];
        }
        list.Add((f, offset));
    }
}
