namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Heuristics for proper nouns the lexicons cannot list: the two chars before a grass-roots place word (尤李社区,
/// 蒋村街道, 一坊社区) are a name, whatever the language model thinks of them.
/// </summary>
internal static class ProperNounGuard
{
    private static readonly string[] PlaceWords = ["社区", "村", "街道", "居民区", "居委会", "小区", "镇", "乡", "嘎查", "苏木"];

    public static bool IsNamePart(string s, int at)
    {
        foreach (var word in PlaceWords)
        {
            for (var gap = 1; gap <= 2; gap++)
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
