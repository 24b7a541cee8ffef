using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Monitor.Shared.Data;

/// <summary>
/// Applies the append-only SQL migrations of the active provider (embedded <c>Data/Migrations/{Sqlite,Postgres}/NNNN_Name.sql</c>)
/// and records each in <c>schema_migrations</c>. EF's design-time tooling is not available here, so the
/// EF model stays the description of the tables and these files are how a database gets there.
/// Order is important: add new migrations at the end, never edit one that has shipped.
/// </summary>
public class SchemaMigrator(MonitorDbContext db, ILogger<SchemaMigrator> logger)
{
    public record Migration(int Version, string Name, string Sql);

    public bool IsPostgres => db.Database.IsNpgsql();

    /// <summary>Every migration of the provider, in version order — the log-in tables (0060) included, so that
    /// <c>monitor db migrate</c> alone brings a database up to date.</summary>
    public static IReadOnlyList<Migration> Load(bool postgres)
    {
        var list = LoadFrom(typeof(SchemaMigrator).Assembly, postgres);
        var duplicate = list.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Migration version {duplicate.Key:D4} is defined twice.");
        }
        return list.OrderBy(m => m.Version).ToList();
    }

    private static List<Migration> LoadFrom(Assembly asm, bool postgres)
    {
        var folder = postgres ? ".Data.Migrations.Postgres." : ".Data.Migrations.Sqlite.";
        var list = new List<Migration>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.Contains(folder) && n.EndsWith(".sql")))
        {
            var file = name[(name.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..^4];
            var underscore = file.IndexOf('_');
            var version = int.Parse(file[..underscore].TrimStart('_'));
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(new Migration(version, file[(underscore + 1)..], reader.ReadToEnd()));
        }
        return list;
    }

    public async Task<IReadOnlyList<Migration>> PendingAsync(CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await PendingCoreAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<IReadOnlyList<Migration>> PendingCoreAsync(CancellationToken ct)
    {
        await EnsureHistoryTableAsync(ct);
        var applied = await AppliedVersionsAsync(ct);
        return Load(IsPostgres).Where(m => !applied.Contains(m.Version)).ToList();
    }

    /// <summary>Applies what is pending, each migration in its own transaction. Safe to call from several nodes at once.</summary>
    public async Task<int> MigrateAsync(CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (IsPostgres)
            {
                // Several nodes may start together: one migrates, the others wait and then find nothing to do.
                await ExecuteAsync("SELECT pg_advisory_lock(727274001)", ct);
            }
            else
            {
                await ExecuteAsync("PRAGMA journal_mode=WAL", ct);
            }
            var count = 0;
            foreach (var m in await PendingCoreAsync(ct))
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await ExecuteAsync(m.Sql, ct);
                await ExecuteAsync(
                    $"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({m.Version}, '{m.Name.Replace("'", "''")}', '{DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}')",
                    ct);
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {Version} {Name}", m.Version, m.Name);
                count++;
            }
            if (IsPostgres)
            {
                await ExecuteAsync("SELECT pg_advisory_unlock(727274001)", ct);
            }
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private Task EnsureHistoryTableAsync(CancellationToken ct) => ExecuteAsync(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name varchar(200) NOT NULL, applied_at varchar(32) NOT NULL)",
        ct);

    private async Task<HashSet<int>> AppliedVersionsAsync(CancellationToken ct)
    {
        var set = new HashSet<int>();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "SELECT version FROM schema_migrations";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            set.Add(Convert.ToInt32(reader.GetValue(0)));
        }
        return set;
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        DbConnection conn = db.Database.GetDbConnection();
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
