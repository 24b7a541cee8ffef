using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Monitor.Ingest.Register;
using Monitor.Shared;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Demo;

/// <summary>
/// Fills an empty database with the demo register and posts, through the same paths as real data: the register
/// importer and the post upserter. Demo accounts are marked <see cref="SourceKind.Manual"/> so no sweep tries to
/// fetch them from the (invented) platform handles.
/// </summary>
public sealed class DemoSeeder(MonitorDbContext db, AccountImporter importer, PostUpserter upserter, DemoOptions options,
    TimeProvider time, ILogger<DemoSeeder> logger)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        if (!options.Enabled || await db.Accounts.AnyAsync(ct))
        {
            return false;
        }
        var folder = options.Folder ?? Path.Combine(RepoPaths.FindRoot(AppContext.BaseDirectory) ?? RepoPaths.FindRoot(Directory.GetCurrentDirectory()) ?? ".", "demo");
        var register = Path.Combine(folder, "register.csv");
        if (!File.Exists(register))
        {
            logger.LogWarning("Demo data not found at {Folder}", folder);
            return false;
        }
        var report = await importer.ImportFileAsync(register, ct);
        var accounts = await db.Accounts.ToListAsync(ct);
        foreach (var account in accounts)
        {
            account.SourceKind = SourceKind.Manual;
            account.NextFetchAt = null;
        }
        await db.SaveChangesAsync(ct);

        var today = ChinaTime.Today(time);
        var posts = DemoPostFile.Read(Path.Combine(folder, "posts.jsonl"), today);
        var added = 0;
        foreach (var account in accounts)
        {
            if (account.AccountCode is not null && posts.TryGetValue(account.AccountCode, out var list))
            {
                added += (await upserter.UpsertAsync(account, list, ct)).Added;
            }
        }
        logger.LogInformation("Loaded demo data: {Accounts} accounts, {Posts} posts ({Summary})", accounts.Count, added, report.Summary);
        return true;
    }
}
