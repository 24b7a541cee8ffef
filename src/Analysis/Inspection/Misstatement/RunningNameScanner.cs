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
    private readonly Dictionary<char, (string Name, int Offset)[]> _byChar;
    private readonly bool[] _nameChar = new bool[char.MaxValue + 1];

    public RunningNameScanner(LeaderNameIndex names)
    {
        _names = names;
        // Every char of a name anchors it: one slip leaves two of three to hit.
        _byChar = names.All
            .Where(n => n.Length == 3)
            .SelectMany(n => n.Select((c, k) => (Char: c, Name: n, Offset: k)))
            .GroupBy(x => x.Char)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Name, x.Offset)).ToArray());
        foreach (var c in _byChar.Keys)
        {
            _nameChar[c] = true;
        }
    }

    public void Find(string s, List<InspectorFinding> findings)
    {
        var lastFound = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (!_nameChar[s[i]])
            {
                continue;
            }
            foreach (var (name, offset) in _byChar[s[i]])
            {
                var start = i - offset;
                // Anchored on its first matching char only, so each window is tried once per name.
                if (start <= lastFound || start < 0 || start + name.Length > s.Length || FirstMatch(s, start, name) != offset)
                {
                    continue;
                }
                if (_names.NearMissAt(s, start, name) && _names.ExactAt(s, start) is null && InLeadersContext(s, start + name.Length))
                {
                    findings.Add(LeaderListChecker.NameFinding(s, start, name));
                    lastFound = start + name.Length - 1;
                    break;
                }
            }
        }
    }

    private static int FirstMatch(string s, int start, string name)
    {
        for (var k = 0; k < name.Length; k++)
        {
            if (s[start + k] == name[k])
            {
                return k;
            }
        }
        return -1;
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
