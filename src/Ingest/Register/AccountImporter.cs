using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;
using Monitor.Shared.Regions;
using Monitor.Sources;

namespace Monitor.Ingest.Register;

/// <summary>
/// Imports a register: every bad row is reported with its row number and the good rows are imported.
/// Re-importing updates accounts in place (matched by 标识码, else platform + handle) and never duplicates.
/// </summary>
/// <remarks>Without <paramref name="credentials"/> (tests, tools) a blank 接入方式 is inferred from the cell alone.</remarks>
public sealed class AccountImporter(MonitorDbContext db, RegionCatalog regions, TimeProvider time, IOfficialApiCredentials? credentials = null)
{
    public Task<ImportReport> ImportFileAsync(string path, CancellationToken ct)
    {
        var file = RegisterFileReader.Read(path);
        return ImportAsync(file.Rows, ct);
    }

    public async Task<ImportReport> ImportAsync(IReadOnlyList<RegisterRow> rows, CancellationToken ct)
    {
        var report = new ImportReport();
        var parser = new RegisterRowParser(regions, credentials is null ? null : credentials.Has);
        var now = time.GetUtcNow().UtcDateTime;

        var existing = await db.Accounts.ToListAsync(ct);
        var byCode = existing.Where(a => a.AccountCode is not null).GroupBy(a => Key(a.AccountCode!)).ToDictionary(g => g.Key, g => g.First());
        var byHandle = existing.Where(a => a.Handle is not null).GroupBy(a => (a.Platform, a.Handle!)).ToDictionary(g => g.Key, g => g.First());
        var seenCodes = new Dictionary<string, int>();
        var seenHandles = new Dictionary<(Platform, string), int>();

        foreach (var row in rows)
        {
            var parsed = parser.Parse(row, report.Problems);
            if (parsed is null)
            {
                continue;
            }
            if (parsed.AccountCode is { } c && seenCodes.TryGetValue(Key(c), out var firstRow))
            {
                report.Problems.Add(new ImportProblem(row.RowNumber, true, $"标识码 {c} 与第 {firstRow} 行重复"));
                continue;
            }
            if (parsed.Handle is { } h && seenHandles.TryGetValue((parsed.Platform, h), out firstRow))
            {
                report.Problems.Add(new ImportProblem(row.RowNumber, true, $"账号ID {h} 与第 {firstRow} 行重复"));
                continue;
            }
            if (parsed.AccountCode is not null)
            {
                seenCodes[Key(parsed.AccountCode)] = row.RowNumber;
            }
            if (parsed.Handle is not null)
            {
                seenHandles[(parsed.Platform, parsed.Handle)] = row.RowNumber;
            }

            var match = (parsed.AccountCode is not null ? byCode.GetValueOrDefault(Key(parsed.AccountCode)) : null)
                ?? (parsed.Handle is not null ? byHandle.GetValueOrDefault((parsed.Platform, parsed.Handle)) : null);
            if (match is null)
            {
                parsed.RegisteredAt = now;
                parsed.UpdatedAt = now;
                parsed.NextFetchAt = now;
                db.Accounts.Add(parsed);
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

    /// <summary>Copies the register's fields onto the stored account; true when anything changed.</summary>
    private static bool CopyChanges(GovAccount from, GovAccount to)
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
        Set(to.Platform, from.Platform, v => to.Platform = v);
        Set(to.AccountCode, from.AccountCode, v => to.AccountCode = v);
        Set(to.Owner, from.Owner, v => to.Owner = v);
        Set(to.RegionCode, from.RegionCode, v => to.RegionCode = v);
        Set(to.RegionName, from.RegionName, v => to.RegionName = v);
        Set(to.RegionLevel, from.RegionLevel, v => to.RegionLevel = v);
        Set(to.Handle, from.Handle, v => to.Handle = v);
        Set(to.FeedUrl, from.FeedUrl, v => to.FeedUrl = v);
        Set(to.SourceKind, from.SourceKind, v => to.SourceKind = v);
        Set(to.Status, from.Status, v => to.Status = v);
        return changed;
    }
}
