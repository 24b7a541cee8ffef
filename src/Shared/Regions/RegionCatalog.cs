using Monitor.Shared.Domain;

namespace Monitor.Shared.Regions;

/// <summary>
/// GB/T 2260 province, prefecture and county codes from <c>models/regions/gb2260.tsv</c>, so that a 标识码 or a
/// register's 地区 column resolves to names and levels. Read-only after load; safe to share.
/// </summary>
public sealed class RegionCatalog
{
    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, List<Region>> _byName;

    public RegionCatalog(IEnumerable<Region> regions)
    {
        _byCode = regions.ToDictionary(r => r.Code);
        _byName = _byCode.Values.GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.ToList());
    }

    public static RegionCatalog Load(string? path = null)
    {
        path ??= Path.Combine(RepoPaths.Models(), "regions", "gb2260.tsv");
        var regions = new List<Region>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var f = line.Split('\t');
            var level = f[2] switch { "province" => RegionLevel.Province, "city" => RegionLevel.City, _ => RegionLevel.County };
            regions.Add(new Region(f[0], f[1], level, f.Length > 3 && f[3].Length > 0 ? f[3] : null));
        }
        return new RegionCatalog(regions);
    }

    public int Count => _byCode.Count;

    public Region? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var r) ? r : null;

    public Region? Parent(Region region) => Find(region.ParentCode);

    /// <summary>
    /// Resolves what a register writes in 地区/部门 (昭通市, 昭通市鲁甸县, 云南省昭通市鲁甸县), preferring the most
    /// specific division, and using <paramref name="withinCode"/> (e.g. from the 标识码) to pick among same-named ones.
    /// </summary>
    public Region? FindByText(string? text, string? withinCode = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        Region? best = null;
        // Try every suffix that is a known name; the longest, most specific match wins.
        for (var start = 0; start < t.Length; start++)
        {
            for (var len = t.Length - start; len >= 2; len--)
            {
                if (!_byName.TryGetValue(t.Substring(start, len), out var candidates))
                {
                    continue;
                }
                var pick = Pick(candidates, withinCode, best);
                if (pick is not null && (best is null || pick.Level > best.Level))
                {
                    best = pick;
                }
                break;
            }
        }
        return best;
    }

    private Region? Pick(List<Region> candidates, string? withinCode, Region? context)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }
        if (withinCode is { Length: 6 })
        {
            var exact = candidates.FirstOrDefault(c => c.Code == withinCode)
                ?? candidates.FirstOrDefault(c => IsWithin(c, withinCode));
            if (exact is not null)
            {
                return exact;
            }
        }
        if (context is not null)
        {
            return candidates.FirstOrDefault(c => IsWithin(c, context.Code));
        }
        return null;
    }

    /// <summary>True when <paramref name="region"/> is <paramref name="code"/> or lies inside it.</summary>
    public bool IsWithin(Region region, string code)
    {
        for (Region? r = region; r is not null; r = Parent(r))
        {
            if (r.Code == code)
            {
                return true;
            }
        }
        return false;
    }
}
