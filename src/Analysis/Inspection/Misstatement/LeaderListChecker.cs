using Monitor.Shared.Domain;

namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// Names in a list of leaders (习近平、李强、赵乐际…): when at least three items are leaders' names, another item that
/// misses a leader's name by one confusable char is that name written wrong.
/// </summary>
internal sealed class LeaderListChecker(LeaderNameIndex names)
{
    private const int MinimumExactItems = 3;

    public void Find(string s, List<InspectorFinding> findings)
    {
        var i = s.IndexOf('、');
        while (i >= 0)
        {
            var listStart = i;
            var listEnd = i;
            while (listEnd + 1 < s.Length && s.IndexOf('、', listEnd + 1, Math.Min(4, s.Length - listEnd - 1)) is var next && next > listEnd)
            {
                listEnd = next;
            }
            CheckList(s, listStart, listEnd, findings);
            i = s.IndexOf('、', listEnd + 1);
        }
    }

    private void CheckList(string s, int firstComma, int lastComma, List<InspectorFinding> findings)
    {
        var items = new List<(int Start, int Length)>();
        items.Add(EdgeItem(s, firstComma, before: true));
        for (var p = firstComma; p < lastComma;)
        {
            var q = s.IndexOf('、', p + 1);
            items.Add((p + 1, q - p - 1));
            p = q;
        }
        items.Add(EdgeItem(s, lastComma, before: false));
        var exact = items.Count(it => it.Length > 0 && names.ExactAt(s, it.Start) is { } n && n.Length == it.Length);
        if (exact < MinimumExactItems)
        {
            return;
        }
        foreach (var (start, length) in items)
        {
            if (length is < 2 or > 3 || names.ExactAt(s, start) is { } n && n.Length == length)
            {
                continue;
            }
            var candidates = names.All.Where(name => name.Length == length);
            if (names.NearMissAt(s, start, candidates) is { } correct)
            {
                findings.Add(NameFinding(s, start, correct));
            }
        }
    }

    /// <summary>The item before the first or after the last 、: a leader's name, or a near-miss of one, if one fits there.</summary>
    private (int Start, int Length) EdgeItem(string s, int comma, bool before)
    {
        foreach (var length in new[] { 3, 2 })
        {
            var start = before ? comma - length : comma + 1;
            if (start < 0 || start + length > s.Length)
            {
                continue;
            }
            if (names.ExactAt(s, start) is { } n && n.Length == length
                || names.NearMissAt(s, start, names.All.Where(name => name.Length == length)) is not null)
            {
                return (start, length);
            }
        }
        return (0, 0);
    }

    public static InspectorFinding NameFinding(string s, int start, string correct) => new(
        "misstatement.leader-name", FindingKind.SevereMisstatement, Severity.Veto, start, correct.Length,
        $"领导人姓名书写有误：“{s.Substring(start, correct.Length)}”应为“{correct}”", correct, 0.95);
}
