using Microsoft.EntityFrameworkCore;
using Monitor.Ingest.Register;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Shared.Regions;

namespace Monitor.Sites.Register;

/// <summary>
/// Imports a website register: every bad row is reported with its row number and the good rows are imported.
/// Re-importing updates sites in place (matched by 网站标识码, else by 首页地址) and never duplicates.
/// </summary>
public sealed class SiteImporter(MonitorDbContext db, RegionCatalog regions, TimeProvider time)
{
    public Task<ImportReport> ImportFileAsync(string path, CancellationToken ct) => ImportAsync(ReadRows(path), ct);

    public static IReadOnlyList<SiteRow> ReadRows(string path)
    {
        var table = RegisterFileReader.ReadRaw(path);
        // The header is the first row that names at least three known columns (exports often have a title row).
        for (var h = 0; h < Math.Min(table.Count, 10); h++)
        {
            var map = SiteRegisterHeaders.Map(table[h].Cells);
            if (map.Count < 3)
            {
                continue;
            }
            var rows = new List<SiteRow>();
            foreach (var raw in table.Skip(h + 1))
            {
                var cells = map.ToDictionary(kv => kv.Value, kv => kv.Key < raw.Cells.Count ? raw.Cells[kv.Key] ?? "" : "");
                var row = new SiteRow(raw.RowNumber, cells);
                if (!row.IsBlank)
                {
                    rows.Add(row);
                }
            }
            return rows;
        }
        throw new RegisterFormatException("未找到表头：前 10 行中没有包含“网站名称、网站标识码、首页地址”等列名的行");
    }

    public async Task<ImportReport> ImportAsync(IReadOnlyList<SiteRow> rows, CancellationToken ct)
    {
        var report = new ImportReport();
        var parser = new SiteRowParser(regions);
        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.Sites.ToListAsync(ct);
        var byCode = existing.Where(s => s.SiteCode is not null).GroupBy(s => Key(s.SiteCode!)).ToDictionary(g => g.Key, g => g.First());
        var byUrl = existing.GroupBy(s => UrlKey(s.HomeUrl)).ToDictionary(g => g.Key, g => g.First());
        var seenCodes = new Dictionary<string, int>();
        var seenUrls = new Dictionary<string, int>();

        foreach (var row in rows)
        {
            var parsed = parser.Parse(row, report.Problems);
            if (parsed is null)
            {
                continue;
            }
            if (parsed.SiteCode is { } c && seenCodes.TryGetValue(Key(c), out var first))
            {
                report.Problems.Add(new ImportProblem(row.RowNumber, true, $"网站标识码 {c} 与第 {first} 行重复"));
                continue;
            }
            if (seenUrls.TryGetValue(UrlKey(parsed.HomeUrl), out first))
            {
                report.Problems.Add(new ImportProblem(row.RowNumber, true, $"首页地址 {parsed.HomeUrl} 与第 {first} 行重复"));
                continue;
            }
            if (parsed.SiteCode is not null)
            {
                seenCodes[Key(parsed.SiteCode)] = row.RowNumber;
            }
            seenUrls[UrlKey(parsed.HomeUrl)] = row.RowNumber;

            var match = (parsed.SiteCode is not null ? byCode.GetValueOrDefault(Key(parsed.SiteCode)) : null)
                ?? byUrl.GetValueOrDefault(UrlKey(parsed.HomeUrl));
            if (match is null)
            {
                parsed.RegisteredAt = now;
                parsed.UpdatedAt = now;
                db.Sites.Add(parsed);
                report.Added++;
            }
            else if (CopyChanges(parsed, match))
            {
                match.UpdatedAt = now;
                report.Updated++;
            }
            else
            {
                report.Unchanged++;
            }
        }
        await db.SaveChangesAsync(ct);
        return report;
    }

    private static string Key(string code) => code.Trim().ToUpperInvariant();

    /// <summary>http://x.gov.cn and https://x.gov.cn/ are the same site in a register.</summary>
    private static string UrlKey(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) ? (u.Host + u.PathAndQuery).TrimEnd('/').ToLowerInvariant() : url.ToLowerInvariant();

    private static bool CopyChanges(GovSite from, GovSite to)
    {
        var changed = false;
        void Set<T>(T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                assign(value);
                changed = true;
            }
        }
        Set(to.Name, from.Name, v => to.Name = v);
        Set(to.SiteCode, from.SiteCode, v => to.SiteCode = v);
        Set(to.Owner, from.Owner, v => to.Owner = v);
        Set(to.RegionCode, from.RegionCode, v => to.RegionCode = v);
        Set(to.RegionName, from.RegionName, v => to.RegionName = v);
        Set(to.RegionLevel, from.RegionLevel, v => to.RegionLevel = v);
        Set(to.HomeUrl, from.HomeUrl, v => to.HomeUrl = v);
        Set(to.Status, from.Status, v => to.Status = v);
        return changed;
    }
}
