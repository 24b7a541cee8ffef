using Microsoft.Extensions.DependencyInjection;

namespace Monitor.Shared.Data;

/// <summary>
/// What every process does with the database before work: SQLite is migrated in place (zero set-up);
/// PostgreSQL is migrated by the deploy step <c>monitor db migrate</c> unless MigrateOnStart says otherwise,
/// and a process refuses to run against a schema that is behind.
/// </summary>
public static class DatabaseStartup
{
    public static async Task EnsureReadyAsync(IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<StorageOptions>();
        var migrator = services.GetRequiredService<SchemaMigrator>();
        var migrate = options.MigrateOnStart ?? !options.IsPostgres;
        if (migrate)
        {
            await migrator.MigrateAsync(ct);
            return;
        }
        var pending = await migrator.PendingAsync(ct);
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"数据库结构未更新：有 {pending.Count} 个迁移未执行（首个 {pending[0].Version:D4}_{pending[0].Name}）。请先运行 monitor db migrate。");
        }
    }
}
