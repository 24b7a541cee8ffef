namespace Monitor.Analysis.Compliance;

/// <summary>
/// The short form notices print for autonomous divisions: 红河哈尼族彝族自治州 → 红河州, 宁蒗彝族自治县 → 宁蒗县
/// (seed 000 prints 红河州, 楚雄州, 西双版纳州).
/// </summary>
public static class RegionShortName
{
    // The ethnic groups named in autonomous prefectures and counties; longest first so 哈尼族 is not cut as 尼族.
    private static readonly string[] Groups = new[]
    {
        "哈尼族", "傈僳族", "景颇族", "布依族", "土家族", "纳西族", "拉祜族", "普米族", "柯尔克孜族", "哈萨克族", "蒙古族",
        "朝鲜族", "达斡尔族", "鄂温克族", "仡佬族", "毛南族", "仫佬族", "撒拉族", "保安族", "裕固族", "东乡族",
        "彝族", "白族", "傣族", "壮族", "苗族", "藏族", "瑶族", "侗族", "回族", "羌族", "黎族", "畲族", "水族",
        "佤族", "怒族", "独龙族", "土族", "锡伯族", "满族", "各族",
    }.OrderByDescending(g => g.Length).ToArray();

    public static string Of(string name)
    {
        foreach (var (suffix, shortSuffix) in new[] { ("自治州", "州"), ("自治县", "县") })
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }
            var core = name[..^suffix.Length];
            for (var cut = Strip(core); cut != core; cut = Strip(core))
            {
                core = cut;
            }
            return core.Length > 0 ? core + shortSuffix : name;
        }
        return name;
    }

    private static string Strip(string core) =>
        Groups.FirstOrDefault(g => core.EndsWith(g, StringComparison.Ordinal) && core.Length > g.Length) is { } g ? core[..^g.Length] : core;
}
