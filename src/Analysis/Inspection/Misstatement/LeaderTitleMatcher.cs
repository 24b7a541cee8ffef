using Monitor.Shared.Domain;

namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// Names next to national titles: a leader's name written wrong (<c>misstatement.leader-name</c>), and a title
/// paired with someone who never held it or did not hold it at the post's date or at a year the sentence states
/// (<c>misstatement.leader-title</c>). A name without a title is never judged (many people are called 李强).
/// </summary>
internal sealed class LeaderTitleMatcher(MisstatementLexicon lexicon)
{
    private static readonly string[] HistoricalMarkers = ["时任", "原任", "前任", "曾任", "原", "前", "已故", "老一辈"];
    private readonly TitleScanner _titles = new(lexicon);
    private readonly LeaderNameIndex _names = new(lexicon);
    private readonly ILookup<(string Name, string Title), LeaderTerm> _terms = lexicon.Terms.ToLookup(t => (t.Name, t.Title));
    private readonly ILookup<string, LeaderTerm> _byTitle = lexicon.Terms.ToLookup(t => t.Title);
    private readonly Dictionary<string, string[]> _holders = lexicon.Terms
        .GroupBy(t => t.Title)
        .ToDictionary(g => g.Key, g => g.Select(t => t.Name).Distinct().OrderByDescending(n => n.Length).ToArray());

    public LeaderNameIndex Names => _names;

    public void Find(string s, DateOnly postedOn, List<InspectorFinding> findings)
    {
        foreach (var mention in _titles.Scan(s))
        {
            // One space may separate title and name (国务院总理 李强), as in name lists and captions.
            var nameAfter = mention.End < s.Length && s[mention.End] == ' ' ? mention.End + 1 : mention.End;
            var nameBefore = NameEndBefore(s, mention.Start);
            if (_names.ExactAt(s, nameAfter) is { } after)
            {
                CheckTitles(s, mention, after, nameAfter, postedOn, findings);
                CheckFollowingNames(s, mention, nameAfter + after.Length, findings);
            }
            else if (_names.ExactEndingAt(s, nameBefore) is { } before && !IsLongerWordEnd(s, nameBefore - before.Length))
            {
                CheckTitles(s, mention, before, nameBefore - before.Length, postedOn, findings);
            }
            else
            {
                FindNearMiss(s, mention, nameAfter, nameBefore, findings);
            }
        }
    }

    private void CheckTitles(string s, TitleMention mention, string name, int nameStart, DateOnly postedOn, List<InspectorFinding> findings)
    {
        var first = Math.Min(mention.Start, nameStart);
        var last = Math.Max(mention.End, nameStart + name.Length);
        if (IsHistorical(s, first) || s.AsSpan(last, Math.Min(4, s.Length - last)).Contains("生前", StringComparison.Ordinal))
        {
            return;
        }
        var (sentenceStart, sentenceEnd) = StatedYears.SentenceAround(s, first);
        var years = StatedYears.In(s, sentenceStart, sentenceEnd);
        if (years.Count == 0)
        {
            // A year stated earlier in the paragraph (2018年3月，…。李克强总理来到…) sets the scene for what follows.
            years = StatedYears.In(s, StatedYears.ParagraphStart(s, sentenceStart), sentenceStart);
        }
        foreach (var form in mention.Forms.Where(f => f.Strong))
        {
            var terms = _terms[(name, form.Canonical)].ToList();
            var held = years.Count > 0
                ? terms.Any(t => years.Any(p => t.HeldDuring(p.From, p.To)))
                : terms.Any(t => t.HeldOn(postedOn));
            if (held)
            {
                continue;
            }
            var end = last;
            // The right holder at the date the sentence speaks of: a stated year, else the post's date.
            var holders = _byTitle[form.Canonical]
                .Where(t => years.Count > 0 ? years.Any(p => t.HeldDuring(p.From, p.To)) : t.HeldOn(postedOn))
                .Select(t => t.Name)
                .Distinct()
                .ToList();
            var suggestion = holders.Count == 1 ? s[first..end].Replace(name, holders[0], StringComparison.Ordinal) : null;
            var when = years.Count > 0 ? "文中所述年份" : "发布时间";
            var holder = holders.Count == 1 ? $"，应为{holders[0]}" : "";
            var message = terms.Count == 0
                ? $"职务与人名不符：{name}未担任过{form.Canonical}{holder}"
                : $"职务已变更：{name}担任{form.Canonical}的时间为{Period(terms)}，与{when}不符{holder}";
            findings.Add(new InspectorFinding("misstatement.leader-title", FindingKind.SevereMisstatement, Severity.Veto,
                first, end - first, message, suggestion, terms.Count == 0 ? 0.97 : 0.9));
            return;
        }
    }

    /// <summary>国务院副总理丁薛祥、何立峰: names listed after the first share its title; one written wrong is flagged.</summary>
    private void CheckFollowingNames(string s, TitleMention mention, int at, List<InspectorFinding> findings)
    {
        if (!mention.AnyStrong)
        {
            return;
        }
        var holders = mention.Forms.SelectMany(f => _holders.GetValueOrDefault(f.Canonical) ?? []).Distinct().OrderByDescending(n => n.Length).ToList();
        while (at + 1 < s.Length && s[at] == '、')
        {
            at++;
            if (_names.ExactAt(s, at) is { } exact)
            {
                at += exact.Length;
                continue;
            }
            if (_names.NearMissAt(s, at, holders) is { } correct)
            {
                findings.Add(LeaderListChecker.NameFinding(s, at, correct));
            }
            return;
        }
    }

    private void FindNearMiss(string s, TitleMention mention, int nameAfter, int nameBefore, List<InspectorFinding> findings)
    {
        foreach (var form in mention.Forms)
        {
            if (!_holders.TryGetValue(form.Canonical, out var names))
            {
                continue;
            }
            foreach (var name in names)
            {
                // Next to a weak title (主席, also borne locally) only a three-char name is distinctive enough.
                if (!mention.AnyStrong && name.Length < 3)
                {
                    continue;
                }
                var at = _names.NearMissAt(s, nameAfter, name) ? nameAfter
                    : _names.NearMissAt(s, nameBefore - name.Length, name) ? nameBefore - name.Length
                    : -1;
                if (at >= 0)
                {
                    findings.Add(LeaderListChecker.NameFinding(s, at, name));
                    return;
                }
            }
        }
    }

    /// <summary>Where a name before a title ends: one space or 同志 may stand between (王沪宁同志全国政协主席).</summary>
    private static int NameEndBefore(string s, int titleStart)
    {
        if (titleStart > 0 && s[titleStart - 1] == ' ')
        {
            return titleStart - 1;
        }
        return titleStart >= 2 && s[titleStart - 2] == '同' && s[titleStart - 1] == '志' ? titleStart - 2 : titleStart;
    }

    /// <summary>A two-char name glued to a preceding Han char may be the end of another word or name (一片汪洋).</summary>
    private bool IsLongerWordEnd(string s, int nameStart) =>
        nameStart > 0 && LeaderNameIndex.IsHan(s[nameStart - 1]) && _names.ExactAt(s, nameStart)?.Length == 2 && _names.ExactEndingAt(s, nameStart) is null
        && s[nameStart - 1] is not ('、' or '和' or '与' or '及' or '同' or '在' or '对' or '向' or '是' or '由' or '的' or '了' or '见' or '为');

    private static bool IsHistorical(string s, int first)
    {
        var from = Math.Max(0, first - 6);
        var window = s.AsSpan(from, first - from);
        foreach (var marker in HistoricalMarkers)
        {
            if (window.EndsWith(marker, StringComparison.Ordinal) || marker.Length > 1 && window.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string Period(List<LeaderTerm> terms) => string.Join("、", terms.Select(t =>
        $"{t.From:yyyy年M月d日}至{(t.To is { } to ? to.ToString("yyyy年M月d日") : "今")}"));
}
