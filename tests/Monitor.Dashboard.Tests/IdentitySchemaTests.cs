using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.TestSupport;
using Monitor.Users;

namespace Monitor.Dashboard.Tests;

public class IdentitySchemaTests
{
    [DbFact]
    public async Task the_migrated_log_in_tables_have_every_column_and_index_of_the_identity_model(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var options = new DbContextOptionsBuilder<UsersDbContext>();
        DataServiceCollectionExtensions.Configure(options, db.Options, db.ConnectionString);
        await using var identity = new UsersDbContext(options.Options);
        var conn = identity.Database.GetDbConnection();
        await conn.OpenAsync();

        foreach (var entity in identity.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var columns = await ListAsync(conn, provider == TestDb.Postgres
                ? $"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' AND table_schema = 'public'"
                : $"SELECT name FROM pragma_table_info('{table}')");
            Assert.Equal(entity.GetProperties().Select(p => p.GetColumnName()).Order(), columns.Order());
            var indexes = await ListAsync(conn, provider == TestDb.Postgres
                ? $"SELECT indexname FROM pg_indexes WHERE tablename = '{table}'"
                : $"SELECT name FROM pragma_index_list('{table}')");
            Assert.All(entity.GetIndexes(), i => Assert.Contains(i.GetDatabaseName()!, indexes));
        }
    }

    [Fact]
    public void the_log_in_tables_are_one_migration_of_the_one_sequence_for_both_providers()
    {
        var sqlite = SchemaMigrator.Load(postgres: false);
        var postgres = SchemaMigrator.Load(postgres: true);

        Assert.Equal(sqlite.Select(m => (m.Version, m.Name)), postgres.Select(m => (m.Version, m.Name)));
        Assert.Contains(sqlite, m => m.Name == "Identity");
        Assert.Equal(sqlite.Select(m => m.Version).Order(), sqlite.Select(m => m.Version));
    }

    private static async Task<List<string>> ListAsync(System.Data.Common.DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var list = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add(reader.GetString(0));
        }
        return list;
    }
}
