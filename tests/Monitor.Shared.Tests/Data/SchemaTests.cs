using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Shared.Data;
using Monitor.TestSupport;

namespace Monitor.Shared.Tests.Data;

public class SchemaTests
{
    [DbFact]
    public async Task migrated_schema_has_every_table_column_and_index_of_the_model(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var context = db.CreateContext();
        var conn = context.Database.GetDbConnection();
        await conn.OpenAsync();

        foreach (var entity in context.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var columns = await ColumnsAsync(conn, provider, table);
            var expected = entity.GetProperties().ToDictionary(p => p.GetColumnName(), p => p.IsNullable);
            Assert.Equal(expected.OrderBy(kv => kv.Key), columns.OrderBy(kv => kv.Key));

            var indexes = await IndexesAsync(conn, provider, table);
            foreach (var index in entity.GetIndexes())
            {
                Assert.Contains(index.GetDatabaseName()!, indexes);
            }
        }
    }

    [DbFact]
    public async Task migrating_twice_applies_nothing_the_second_time(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        await using var context = db.CreateContext();
        var migrator = new SchemaMigrator(context, NullLogger<SchemaMigrator>.Instance);

        Assert.Equal(0, await migrator.MigrateAsync());
        Assert.Empty(await migrator.PendingAsync());
    }

    [Fact]
    public void both_providers_have_the_same_migration_versions()
    {
        Assert.Equal(
            SchemaMigrator.Load(postgres: false).Select(m => (m.Version, m.Name)),
            SchemaMigrator.Load(postgres: true).Select(m => (m.Version, m.Name)));
    }

    private static async Task<Dictionary<string, bool>> ColumnsAsync(DbConnection conn, string provider, string table)
    {
        var sql = provider == TestDb.Postgres
            ? $"SELECT column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_name = '{table}' AND table_schema = 'public'"
            : $"SELECT name, \"notnull\" = 0 FROM pragma_table_info('{table}')";
        var result = new Dictionary<string, bool>();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = Convert.ToBoolean(reader.GetValue(1));
        }
        return result;
    }

    private static async Task<HashSet<string>> IndexesAsync(DbConnection conn, string provider, string table)
    {
        var sql = provider == TestDb.Postgres
            ? $"SELECT indexname FROM pg_indexes WHERE tablename = '{table}'"
            : $"SELECT name FROM pragma_index_list('{table}')";
        var result = new HashSet<string>();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }
        return result;
    }
}
