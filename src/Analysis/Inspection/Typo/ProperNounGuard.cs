namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Heuristics for proper nouns the lexicons cannot list: the two chars before a grass-roots place word (尤李社区,
/// 蒋村街道, 一坊社区) and the three before a title (王科长) are a name, whatever the language model thinks of them.
/// </summary>
internal static class ProperNounGuard
{
    private static readonly string[] PlaceWords = ["社区", "村", "街道", "居民区", "居委会", "小区", "镇", "乡", "嘎查", "苏木"];

    // A person is named just before these (王科长, 高雨同志); up to three chars before one are left alone.
    private static readonly string[] PersonWords =
        ["同志", "书记", "主任", "科长", "局长", "处长", "部长", "县长", "市长", "镇长", "乡长", "村长", "主席", "总理", "委员",
         "先生", "女士", "老师", "教授", "院士", "经理", "董事长", "队长", "站长", "所长", "院长", "校长", "厅长", "省长"];

    public static bool IsNamePart(string s, int at) => Precedes(s, at, PlaceWords, 2) || Precedes(s, at, PersonWords, 3);

    private static bool Precedes(string s, int at, string[] words, int maxGap)
    {
        foreach (var word in words)
        {
            for (var gap = 1; gap <= maxGap; gap++)
            {
                var start = at + gap;
                if (start + word.Length <= s.Length && string.CompareOrdinal(s, start, word, 0, word.Length) == 0)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
