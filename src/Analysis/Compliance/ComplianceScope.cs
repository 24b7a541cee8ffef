namespace Monitor.Analysis.Compliance;

/// <summary>
/// Which accounts a report covers: a GB/T 2260 code prefix (<c>53</c> a province, <c>5306</c> a city, <c>530621</c>
/// a county), or everything. Trailing zeros are dropped, so <c>530600</c> means the whole city.
/// </summary>
public sealed record ComplianceScope(string? Prefix)
{
    public static readonly ComplianceScope All = new((string?)null);

    public static ComplianceScope Parse(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0 || t is "all" or "全部")
        {
            return All;
        }
        if (!t.All(char.IsAsciiDigit) || t.Length is not (2 or 4 or 6))
        {
            throw new FormatException($"无法识别的范围：{t}（填写行政区划代码前缀：省 53，市 5306，县 530621；不填为全部）");
        }
        while (t.Length > 2 && t.EndsWith("00", StringComparison.Ordinal))
        {
            t = t[..^2];
        }
        return new(t);
    }

    public bool Contains(string? regionCode) =>
        Prefix is null || (regionCode is not null && regionCode.StartsWith(Prefix, StringComparison.Ordinal));

    public override string ToString() => Prefix ?? "all";
}
