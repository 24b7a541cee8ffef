namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// A three-char leader's name with one confusable char, outside any title, where the words around it leave no doubt
/// that the leader is meant: 洗近平总书记, 以习仅平同志为核心, 《习近凭谈治国理政》, 席近平在贺电中指出. Two-char names
/// (李强, 王宁) are left to the title matcher: too many people bear a look-alike.
/// </summary>
internal sealed class RunningNameScanner
{
    private const int SpeechWindow = 16;
    private static readonly string[] FollowedBy =
    [
        "总书记", "主席", "总理", "委员长", "副总理", "副主席", "新时代", "谈治国理政", "法治思想", "生态文明思想", "经济思想",
        "外交思想", "强军思想", "文化思想", "同志为核心", "重要讲话", "重要指示", "重要批示", "重要论述", "重要回信",
        "在贺电中", "在贺信中", "致贺信", "致贺电",
    ];

    // A speech or an instruction named soon after 同志 (习近平同志在…的重要讲话): a leader's, not a namesake's.
    private static readonly string[] Speeches = ["重要讲话", "重要指示", "重要批示", "重要论述", "重要回信", "贺信", "贺电"];

    private readonly LeaderNameIndex _names;
    // One slip in a three-char name leaves one of three char pairs whole: 1st+2nd, 2nd+3rd or 1st+3rd. Keyed by the
    // pair, the name and where the pair's first char sits in it; a flat table skips chars that start no pair.
    private readonly Dictionary<int, (string Name, int Offset)[]> _adjacent;
    private readonly Dictionary<int, string[]> _skipping;
    private readonly bool[] _pairStart = new bool[char.MaxValue + 1];
    private readonly bool[] _adjacentEnd = new bool[char.MaxValue + 1];
    private readonly bool[] _skippingEnd = new bool[char.MaxValue + 1];

    public RunningNameScanner(LeaderNameIndex names)
    {
        _names = names;
        var three = names.All.Where(n => n.Length == 3).ToArray();
        _adjacent = three
            .SelectMany(n => new[] { (Key: n[0] << 16 | n[1], Name: n, Offset: 0), (Key: n[1] << 16 | n[2], Name: n, Offset: 1) })
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Name, x.Offset)).ToArray());
        _skipping = three.GroupBy(n => n[0] << 16 | n[2]).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var n in three)
        {
            _pairStart[n[0]] = true;
            _pairStart[n[1]] = true;
            _adjacentEnd[n[1]] = true;
            _adjacentEnd[n[2]] = true;
            _skippingEnd[n[2]] = true;
        }
    }

    public void Find(string s, List<InspectorFinding> findings)
    {
        var lastFound = -1;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (!_pairStart[s[i]])
            {
                continue;
            }
            if (_adjacentEnd[s[i + 1]] && _adjacent.TryGetValue(s[i] << 16 | s[i + 1], out var adjacent))
            {
                foreach (var (name, offset) in adjacent)
                {
                    lastFound = TryAt(s, i - offset, name, lastFound, findings);
                }
            }
            if (i + 2 < s.Length && _skippingEnd[s[i + 2]] && _skipping.TryGetValue(s[i] << 16 | s[i + 2], out var skipping))
            {
                foreach (var name in skipping)
                {
                    lastFound = TryAt(s, i, name, lastFound, findings);
                }
            }
        }
    }

    private int TryAt(string s, int start, string name, int lastFound, List<InspectorFinding> findings)
    {
        if (start <= lastFound || start < 0 || start + name.Length > s.Length)
        {
            return lastFound;
        }
        if (_names.NearMissAt(s, start, name) && _names.ExactAt(s, start) is null && InLeadersContext(s, start + name.Length))
        {
            findings.Add(LeaderListChecker.NameFinding(s, start, name));
            return start + name.Length - 1;
        }
        return lastFound;
    }

    private static bool InLeadersContext(string s, int end)
    {
        foreach (var word in FollowedBy)
        {
            if (string.CompareOrdinal(s, end, word, 0, word.Length) == 0)
            {
                return true;
            }
        }
        if (string.CompareOrdinal(s, end, "同志", 0, 2) != 0)
        {
            return false;
        }
        var to = end + 2;
        while (to < s.Length && to - end < SpeechWindow && s[to] is not ('。' or '；' or '！' or '？' or '\n'))
        {
            to++;
        }
        var window = s.AsSpan(end, to - end);
        foreach (var speech in Speeches)
        {
            if (window.Contains(speech, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
