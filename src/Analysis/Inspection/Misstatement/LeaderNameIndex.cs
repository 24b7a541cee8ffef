namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>Leader names by length, exact lookup at a position and near-miss (one confusable char) lookup.</summary>
internal sealed class LeaderNameIndex(MisstatementLexicon lexicon)
{
    private readonly string[] _names = lexicon.LeaderNames.OrderByDescending(n => n.Length).ToArray();
    // Longest first within each list, as in _names; a title is checked against the few names sharing a char only.
    private readonly Dictionary<char, string[]> _byFirst = lexicon.LeaderNames.GroupBy(n => n[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray());
    private readonly Dictionary<char, string[]> _byLast = lexicon.LeaderNames.GroupBy(n => n[^1])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray());

    public string? ExactAt(string s, int start)
    {
        if (start < 0 || start >= s.Length || !_byFirst.TryGetValue(s[start], out var names))
        {
            return null;
        }
        foreach (var name in names)
        {
            if (start + name.Length <= s.Length && string.CompareOrdinal(s, start, name, 0, name.Length) == 0)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>The leader name ending at <paramref name="end"/>, longest first.</summary>
    public string? ExactEndingAt(string s, int end)
    {
        if (end <= 0 || end > s.Length || !_byLast.TryGetValue(s[end - 1], out var names))
        {
            return null;
        }
        foreach (var name in names)
        {
            if (end - name.Length >= 0 && string.CompareOrdinal(s, end - name.Length, name, 0, name.Length) == 0)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>The name among <paramref name="candidates"/> that <c>s[start..start+name.Length]</c> misses by exactly one confusable char.</summary>
    public string? NearMissAt(string s, int start, IEnumerable<string> candidates)
    {
        foreach (var name in candidates)
        {
            if (NearMissAt(s, start, name))
            {
                return name;
            }
        }
        return null;
    }

    public bool NearMissAt(string s, int start, string name)
    {
        if (start < 0 || start + name.Length > s.Length)
        {
            return false;
        }
        var mismatches = 0;
        for (var k = 0; k < name.Length && mismatches < 2; k++)
        {
            var c = s[start + k];
            if (c != name[k])
            {
                mismatches += IsHan(c) && lexicon.AreConfusable(name[k], c) ? 1 : 2;
            }
        }
        return mismatches == 1;
    }

    public IEnumerable<string> All => _names;

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
